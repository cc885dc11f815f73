package dev.jos.output;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * osc_lib's DictListColumn, a dict of lists such as addresses: human
 * {@code private=10.0.0.3; public=172.24.4.6, 2001:db8::8} ({@link OscFormat#formatDictOfList}).
 */
public final class DictListColumn implements FormattedValue {

    private final Map<?, ?> value;

    public DictListColumn(Map<?, ?> value) {
        this.value = value;
    }

    @Override
    public String human() {
        return OscFormat.formatDictOfList(value);
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
        return other instanceof DictListColumn
                && Objects.equals(value, ((DictListColumn) other).value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return "DictListColumn(" + value + ")";
    }
}
