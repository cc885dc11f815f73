package dev.jos.compute.server;

import java.util.List;
import java.util.Objects;

import dev.jos.output.FormattedValue;

/** OSC's PowerStateColumn: nova's power state number by name in tables, the number elsewhere. */
public final class PowerStateColumn implements FormattedValue {
    private static final List<String> NAMES = List.of("NOSTATE", "Running", "", "Paused", "Shutdown", "", "Crashed", "Suspended");

    private final Object value;

    public PowerStateColumn(Object value) {
        this.value = value;
    }

    /** power_states[value]; Python's list index also counts from the end, and anything else is 'N/A'. */
    @Override
    public String human() {
        if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
            long i = value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).longValue();
            if (i < 0) {
                i += NAMES.size();
            }
            if (i >= 0 && i < NAMES.size()) {
                return NAMES.get((int) i);
            }
        }
        return "N/A";
    }

    @Override
    public Object machine() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PowerStateColumn p && Objects.equals(value, p.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return "PowerStateColumn(" + value + ")";
    }
}
