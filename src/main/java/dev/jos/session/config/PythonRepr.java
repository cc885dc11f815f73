package dev.jos.session.config;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** repr() of config values, for the few OSC messages that embed a dict. */
final class PythonRepr {

    private PythonRepr() {
    }

    static String of(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value instanceof Boolean || value instanceof Number) {
            return Dicts.str(value);
        }
        if (value instanceof Map<?, ?> m) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            m.forEach((k, v) -> j.add(of(k) + ": " + of(v)));
            return j.toString();
        }
        if (value instanceof List<?> l) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            l.forEach(v -> j.add(of(v)));
            return j.toString();
        }
        return of(value.toString());
    }
}
