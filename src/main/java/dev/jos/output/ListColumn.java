package dev.jos.output;

import java.util.List;

/** osc_lib's ListColumn: human {@code a, b} sorted ({@link OscFormat#formatList}). */
public final class ListColumn extends OscColumn<List<?>> {

    public ListColumn(List<?> value) {
        super(value);
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
}
