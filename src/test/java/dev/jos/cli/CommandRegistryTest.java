package dev.jos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommandRegistryTest {
    private final CommandRegistry registry = Commands.registry();

    @Test
    void findsTheLongestCommandAndLeavesItsArguments() {
        CommandMatch m = registry.find(List.of("role", "assignment", "list", "--names", "--user", "x")).orElseThrow();
        assertEquals("role assignment list", m.entry().name());
        assertEquals(List.of("--names", "--user", "x"), m.rest());
    }

    @Test
    void positionalArgumentsAfterTheCommandAreLeftForIt() {
        CommandMatch m = registry.find(List.of("user", "show", "admin")).orElseThrow();
        assertEquals("user show", m.entry().name());
        assertEquals(List.of("admin"), m.rest());
    }

    @Test
    void uniquePrefixesOfEachWordAreAccepted() {
        assertEquals("user list", registry.find(List.of("us", "li")).orElseThrow().entry().name());
    }

    @Test
    void ambiguousPrefixesAreNotAccepted() {
        // "ro s" could be "role set" or "role show"
        assertTrue(registry.find(List.of("ro", "s")).isEmpty());
    }

    @Test
    void fuzzyMatchesPreferPrefixesThenTheClosestFirstWord() {
        // prefix matches (distance 0) first, in order; cliff's loop then also takes the
        // group at the next smallest distance, as OSC's own suggestions show
        List<String> role = registry.fuzzyMatches("role");
        assertEquals(List.of("role add", "role assignment list", "role create", "role delete", "role list",
                "role remove", "role set", "role show"), role.subList(0, 8));
        assertTrue(role.subList(8, role.size()).stream().noneMatch(c -> c.startsWith("role")), role.toString());
        List<String> close = registry.fuzzyMatches("usr");
        assertTrue(close.contains("user list"), close.toString());
        assertTrue(close.stream().allMatch(c -> c.startsWith("user ")), close.toString());
    }

    @Test
    void everyRegisteredClassExistsAndIsACommand() {
        for (CommandEntry e : registry.entries()) {
            assertTrue(e.instantiate() instanceof JosCommand, e.name());
        }
    }

    @Test
    void editDistanceUsesCliffsCosts() {
        assertEquals(0, EditDistance.damerauLevenshtein("user", "user"));
        assertEquals(1, EditDistance.damerauLevenshtein("usr", "user"));   // one addition
        assertEquals(3, EditDistance.damerauLevenshtein("users", "user")); // one deletion
        assertEquals(2, EditDistance.damerauLevenshtein("usor", "user"));  // one substitution
        assertEquals(0, EditDistance.damerauLevenshtein("suer", "user"));  // a swap is free
    }
}
