package dev.jos.output;

import java.util.LinkedHashMap;
import java.util.Map;

/** osc_lib's DictColumn: human {@code a='1', b='2'} ({@link OscFormat#formatDict}). */
public final class DictColumn extends OscColumn<Map<?, ?>> {

    public DictColumn(Map<?, ?> value) {
        super(value);
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
}
