package dev.jos.output;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * osc_lib's ListDictColumn, a list of dicts: human one {@link OscFormat#formatDict} line per
 * dict ({@link OscFormat#formatListOfDicts}).
 */
public final class ListDictColumn implements FormattedValue {

    private final List<? extends Map<?, ?>> value;

    public ListDictColumn(List<? extends Map<?, ?>> value) {
        this.value = value;
    }

    @Override
    public String human() {
        return OscFormat.formatListOfDicts(value);
    }

    /** The list itself (null stays null). */
    @Override
    public Object machine() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListDictColumn
                && Objects.equals(value, ((ListDictColumn) other).value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return "ListDictColumn(" + value + ")";
    }
}
