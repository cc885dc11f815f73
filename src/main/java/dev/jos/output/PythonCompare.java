package dev.jos.output;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code ==} and {@code <} on cell values, because cliff sorts rows (and PyYAML sorts
 * mapping keys) with them, and gives up on exactly the values Python cannot order.
 */
final class PythonCompare {

    /** Python's TypeError from {@code <} between values it cannot order. */
    static final class UnorderableException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnorderableException(Object a, Object b) {
            super("'<' not supported between instances of '" + typeName(a) + "' and '"
                    + typeName(b) + "'");
        }
    }

    private PythonCompare() {
    }

    static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b) == 0;
        }
        if (a instanceof String && b instanceof String) {
            return a.equals(b);
        }
        if (a instanceof List && b instanceof List) {
            return listsEqual((List<?>) a, (List<?>) b);
        }
        if (a instanceof Map && b instanceof Map) {
            return mapsEqual((Map<?, ?>) a, (Map<?, ?>) b);
        }
        if (a instanceof FormattedValue && b instanceof FormattedValue) {
            // FormattableColumn.__eq__: same class and equal values
            return a.getClass() == b.getClass()
                    && equal(((FormattedValue) a).value(), ((FormattedValue) b).value());
        }
        return a.equals(b);
    }

    /** Python's {@code a < b}; throws {@link UnorderableException} where Python raises. */
    static boolean lessThan(Object a, Object b) {
        if (a instanceof FormattedValue) {
            // FormattableColumn.__lt__ answers False for any other class instead of raising
            return b instanceof FormattedValue && a.getClass() == b.getClass()
                    && lessThan(((FormattedValue) a).value(), ((FormattedValue) b).value());
        }
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b) < 0;
        }
        if (a instanceof String && b instanceof String) {
            return compareCodePoints((String) a, (String) b) < 0;
        }
        if (a instanceof List && b instanceof List) {
            return listLessThan((List<?>) a, (List<?>) b);
        }
        throw new UnorderableException(a, b);
    }

    /** {@code (a is None, a) < (b is None, b)}: cliff's sort key, which puts None last. */
    static boolean sortKeyLess(Object a, Object b) {
        if ((a == null) != (b == null)) {
            return b == null;
        }
        return a != null && pairLess(false, a, false, b);
    }

    /** {@code (a1, a2) < (b1, b2)}: tuples compare the first items that are not equal. */
    static boolean pairLess(Object a1, Object a2, Object b1, Object b2) {
        if (!equal(a1, b1)) {
            return lessThan(a1, b1);
        }
        return !equal(a2, b2) && lessThan(a2, b2);
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static boolean listsEqual(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean listLessThan(List<?> a, List<?> b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            if (!equal(a.get(i), b.get(i))) {
                return lessThan(a.get(i), b.get(i));
            }
        }
        return a.size() < b.size();
    }

    private static boolean mapsEqual(Map<?, ?> a, Map<?, ?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<?, ?> entry : a.entrySet()) {
            if (!containsEqual(b, entry.getKey(), entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsEqual(Map<?, ?> map, Object key, Object value) {
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            if (equal(entry.getKey(), key)) {
                return equal(entry.getValue(), value);
            }
        }
        return false;
    }

    /** Python compares bool, int and float by exact value; NaN is neither less nor equal. */
    private static boolean isNumber(Object value) {
        return value instanceof Boolean || PythonRepr.isInteger(value) || PythonRepr.isFloat(value);
    }

    private static int compareNumbers(Object a, Object b) {
        double da = specialFloatOrZero(a);
        double db = specialFloatOrZero(b);
        if (Double.isNaN(da) || Double.isNaN(db)) {
            return 2; // unordered: neither less nor equal
        }
        if (Double.isInfinite(da) || Double.isInfinite(db)) {
            return Double.compare(da, db) == 0 ? 0 : (da < db ? -1 : 1);
        }
        return exact(a).compareTo(exact(b));
    }

    /** The float's value when it may be NaN or infinite; 0 for the exactly comparable rest. */
    private static double specialFloatOrZero(Object value) {
        return PythonRepr.isFloat(value) ? PythonRepr.toDouble(value) : 0;
    }

    private static BigDecimal exact(Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (value instanceof BigDecimal) {
            return new BigDecimal(((BigDecimal) value).doubleValue());
        }
        if (PythonRepr.isFloat(value)) {
            return new BigDecimal(PythonRepr.toDouble(value));
        }
        return new BigDecimal(value.toString());
    }

    static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (PythonRepr.isInteger(value)) {
            return "int";
        }
        if (PythonRepr.isFloat(value)) {
            return "float";
        }
        if (value instanceof Map) {
            return "dict";
        }
        if (value instanceof List) {
            return "list";
        }
        return value.getClass().getSimpleName();
    }
}
