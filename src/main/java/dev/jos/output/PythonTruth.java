package dev.jos.output;

import java.util.Collection;
import java.util.Map;

/** Python's truth value of the plain values jos carries (None, bool, str, int, float, dict, list). */
public final class PythonTruth {
    private PythonTruth() {
    }

    public static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return true;
    }
}
