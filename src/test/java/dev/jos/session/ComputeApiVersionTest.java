package dev.jos.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** novaclient's checks of --os-compute-api-version, in OSC 6.0's words. */
class ComputeApiVersionTest {
    private static String refusal(String v) {
        return assertThrows(CommandException.class, () -> ComputeApiVersion.check(v)).getMessage();
    }

    @Test
    void wellFormedVersionsInTheClientsRangePass() {
        for (String v : new String[] {null, "", "2", "2.0", "2.1", "2.61", "2.92", "2.latest"}) {
            assertDoesNotThrow(() -> ComputeApiVersion.check(v), v);
        }
    }

    @Test
    void othersAreRefusedAsOscRefusesThem() {
        assertEquals("Invalid format of client version 'abc'. Expected format 'X.Y', where X is a major part and Y is a"
                + " minor part of version.", refusal("abc"));
        assertEquals("Invalid format of client version '2.x'. Expected format 'X.Y', where X is a major part and Y is a"
                + " minor part of version.", refusal("2.x"));
        assertEquals("Invalid client version '3.1'. Major part should be '2'", refusal("3.1"));
        assertEquals("Invalid client version '3.0'. Major part should be '2'", refusal("3"));
        assertEquals("versions supported by client: 2.1 - 2.92", refusal("2.200"));
        assertEquals("versions supported by client: 2.1 - 2.92", refusal("2.93"));
    }

    @Test
    void negotiationAppliesUnlessAMinorVersionIsNamed() {
        assertEquals(null, new Microversion.Negotiator("2", () -> null).requested());
        assertEquals(null, new Microversion.Negotiator("2.latest", () -> null).requested());
        assertEquals(new Microversion(2, 10), new Microversion.Negotiator("2.10", () -> null).requested());
        assertEquals(new Microversion(2, 61), new Microversion.Negotiator(null,
                () -> dev.jos.json.Json.object().put("min", "2.1").put("max", "2.93")).sdk("2.61"));
        assertEquals(new Microversion(2, 50), new Microversion.Negotiator(null,
                () -> dev.jos.json.Json.object().put("min", "2.1").put("max", "2.50")).sdk("2.61"));
        assertEquals(null, new Microversion.Negotiator(null, dev.jos.json.Json::object).sdk("2.61"));
    }
}
