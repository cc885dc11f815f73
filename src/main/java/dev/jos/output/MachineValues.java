package dev.jos.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine-readable side of cell values, as cliff's json, yaml, value, shell and csv use. */
final class MachineValues {

    private MachineValues() {
    }

    static Object of(Object value) {
        return value instanceof FormattedValue ? ((FormattedValue) value).machine() : value;
    }

    /** Python's {@code {n: machine(v) for n, v in zip(names, values)}}: a repeated name keeps its
     *  first position and its last value. */
    static Map<String, Object> zip(List<String> names, List<Object> values) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
            map.put(names.get(i), of(values.get(i)));
        }
        return map;
    }
}
