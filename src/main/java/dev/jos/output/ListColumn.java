package dev.jos.output;

import java.util.List;
import java.util.Objects;

/** osc_lib's ListColumn: human {@code a, b} sorted ({@link OscFormat#formatList}). */
public final class ListColumn implements FormattedValue {

    private final List<?> value;

    public ListColumn(List<?> value) {
        this.value = value;
    }

    @Override
    public String human() {
        return OscFormat.formatList(value);
    }

    /** The list itself (null stays null). */
    @Override
    public Object machine() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListColumn && Objects.equals(value, ((ListColumn) other).value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return "ListColumn(" + value + ")";
    }
}
