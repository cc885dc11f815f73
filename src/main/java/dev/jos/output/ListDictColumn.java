package dev.jos.output;

import java.util.List;
import java.util.Map;

/**
 * osc_lib's ListDictColumn, a list of dicts: human one {@link OscFormat#formatDict} line per
 * dict ({@link OscFormat#formatListOfDicts}).
 */
public final class ListDictColumn extends OscColumn<List<? extends Map<?, ?>>> {

    public ListDictColumn(List<? extends Map<?, ?>> value) {
        super(value);
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
}
