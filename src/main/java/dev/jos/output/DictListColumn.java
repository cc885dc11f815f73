package dev.jos.output;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * osc_lib's DictListColumn, a dict of lists such as addresses: human
 * {@code private=10.0.0.3; public=172.24.4.6, 2001:db8::8} ({@link OscFormat#formatDictOfList}).
 */
public final class DictListColumn extends OscColumn<Map<?, ?>> {

    public DictListColumn(Map<?, ?> value) {
        super(value);
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
}
