package dev.jos.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/** osc_lib's KeyValueAction for options like `--property key=value`, with its messages. */
public final class KeyValues {
    private KeyValues() {
    }

    public static Map<String, String> parse(String option, List<String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq < 0) {
                throw new UsageException("argument " + option + ": Expected 'key=value' type, but got: " + v);
            }
            if (eq == 0) {
                throw new UsageException("argument " + option + ": Property key must be specified: " + v);
            }
            out.put(v.substring(0, eq), v.substring(eq + 1));
        }
        return out;
    }
}
