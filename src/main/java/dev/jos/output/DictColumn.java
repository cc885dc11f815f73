package dev.jos.output;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** osc_lib's DictColumn: human {@code a='1', b='2'} ({@link OscFormat#formatDict}). */
public final class DictColumn implements FormattedValue {

    private final Map<?, ?> value;

    public DictColumn(Map<?, ?> value) {
        this.value = value;
    }

    @Override
    public String human() {
        return OscFormat.formatDict(value);
    }

    /** A copy of the dict; an empty one for null. */
    @Override
    public Object machine() {
        return value == null ? new LinkedHashMap<>() : new LinkedHashMap<>(value);
    }

    @Override
    public Object value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DictColumn && Objects.equals(value, ((DictColumn) other).value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return "DictColumn(" + value + ")";
    }
}
