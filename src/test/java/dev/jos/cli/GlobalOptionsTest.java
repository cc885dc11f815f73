package dev.jos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import picocli.CommandLine.ParameterException;

class GlobalOptionsTest {
    private final GlobalOptions globals = new GlobalOptions();

    @Test
    void globalOptionsAreTakenFromAnywhereLikeParseKnownArgs() {
        GlobalOptions.Split s = globals.split(List.of("--os-cloud", "lab", "user", "list", "--debug", "-f", "json"));
        assertEquals(List.of("--os-cloud", "lab", "--debug"), s.global());
        assertEquals(List.of("user", "list", "-f", "json"), s.rest());
    }

    @Test
    void equalsFormIsOneArgument() {
        GlobalOptions.Split s = globals.split(List.of("--os-username=x", "token", "issue"));
        assertEquals(List.of("--os-username=x"), s.global());
        GlobalSettings g = globals.parse(s.global());
        assertEquals(Map.of("username", "x"), g.osOptions());
    }

    @Test
    void parsesFlagsAndOsOptions() {
        GlobalSettings g = globals.parse(List.of("--debug", "--timing", "--insecure", "--os-region-name", "R",
                "--os-password", "p", "--no-token-cache", "--record", "f.jsonl", "-v", "-v"));
        assertTrue(g.debug());
        assertTrue(g.timing());
        assertEquals(Boolean.TRUE, g.insecure());
        assertTrue(g.noTokenCache());
        assertEquals("f.jsonl", g.recordFile());
        assertEquals(2, g.verbosity());
        assertEquals(Map.of("region-name", "R", "password", "p"), g.osOptions());
        assertFalse(g.help());
    }

    @Test
    void aValueThatLooksLikeAnOptionIsNotTaken() {
        GlobalOptions.Split s = globals.split(List.of("--os-cloud", "--debug"));
        assertThrows(ParameterException.class, () -> globals.parse(s.global()));
    }
}
