package dev.jos.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputOptionsTest {

    @Test
    void defaultsAreCliffs() {
        OutputOptions options = OutputOptions.builder().build();
        assertEquals("table", options.format());
        assertEquals("nonnumeric", options.quote());
        assertEquals("", options.prefix());
        assertNull(options.maxWidth());
        assertEquals(0, options.effectiveMaxWidth());
        assertFalse(options.effectiveFitWidth());
        assertFalse(options.sortDescending());
        assertTrue(options.columns().isEmpty());
    }

    @Test
    void theFlagBeatsTheEnvironmentButTheEnvironmentIsStillParsed() {
        Map<String, String> env = Map.of("CLIFF_MAX_TERM_WIDTH", "45", "CLIFF_FIT_WIDTH", "2");
        OutputOptions fromEnv = OutputOptions.builder().environment(env).build();
        assertEquals(45, fromEnv.effectiveMaxWidth());
        assertTrue(fromEnv.effectiveFitWidth());
        assertEquals(0, OutputOptions.builder().environment(env).maxWidth(0).build()
                .effectiveMaxWidth());
        OutputOptions broken = OutputOptions.builder()
                .environment(Map.of("CLIFF_MAX_TERM_WIDTH", "x")).maxWidth(10).build();
        assertThrows(OutputException.class, broken::effectiveMaxWidth);
    }

    @Test
    void listsAreCopiedAndKeepTheirOrder() {
        List<String> columns = new java.util.ArrayList<>(List.of("b", "a"));
        OutputOptions options = OutputOptions.builder().columns(columns).sortColumn("x")
                .sortColumn("y").build();
        columns.add("c");
        assertEquals(List.of("b", "a"), options.columns());
        assertEquals(List.of("x", "y"), options.sortColumns());
        assertThrows(UnsupportedOperationException.class, () -> options.columns().add("z"));
    }

    @Test
    void refusesWhatArgparseRefuses() {
        assertThrows(IllegalArgumentException.class,
                () -> OutputOptions.builder().sortAscending(true).sortDescending(true).build());
        assertThrows(IllegalArgumentException.class, () -> OutputOptions.builder().quote("some"));
    }
}
