package dev.jos.output;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Python's {@code str()} and {@code repr()} of the values cells may hold, because cliff's human
 * formats print cells through them: {@code None}, {@code True}, {@code 1.0}, {@code ['a', 'b']},
 * {@code {'k': 'v'}}.
 *
 * <p>Lists and other collections print as Python lists, maps as dicts (in iteration order).
 * Integral numbers print as Python ints; Double, Float and BigDecimal as Python floats.
 */
public final class PythonRepr {

    private PythonRepr() {
    }

    /** Python's {@code str(value)}. */
    public static String str(Object value) {
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof FormattedValue) {
            // Python would print the object's address; the human form is the useful stand-in.
            return str(((FormattedValue) value).human());
        }
        return repr(value);
    }

    /** Python's {@code repr(value)}. */
    public static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        appendRepr(out, value);
        return out.toString();
    }

    private static void appendRepr(StringBuilder out, Object value) {
        if (value == null) {
            out.append("None");
        } else if (value instanceof String) {
            appendStringRepr(out, (String) value);
        } else if (value instanceof Boolean) {
            out.append((Boolean) value ? "True" : "False");
        } else if (isFloat(value)) {
            out.append(floatRepr(toDouble(value)));
        } else if (isInteger(value)) {
            out.append(value.toString());
        } else if (value instanceof Munch) {
            out.append("Munch(");
            appendDictRepr(out, (Map<?, ?>) value);
            out.append(')');
        } else if (value instanceof Map) {
            appendDictRepr(out, (Map<?, ?>) value);
        } else if (value instanceof Collection) {
            appendListRepr(out, ((Collection<?>) value).iterator());
        } else if (value instanceof Object[]) {
            appendListRepr(out, Arrays.asList((Object[]) value).iterator());
        } else if (value instanceof FormattedValue) {
            out.append(str(value));
        } else {
            out.append(value);
        }
    }

    private static void appendListRepr(StringBuilder out, Iterator<?> items) {
        out.append('[');
        while (items.hasNext()) {
            appendRepr(out, items.next());
            if (items.hasNext()) {
                out.append(", ");
            }
        }
        out.append(']');
    }

    private static void appendDictRepr(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            appendRepr(out, entry.getKey());
            out.append(": ");
            appendRepr(out, entry.getValue());
            if (entries.hasNext()) {
                out.append(", ");
            }
        }
        out.append('}');
    }

    /** Python's string repr: single quotes unless the text has ' and no ". */
    private static void appendStringRepr(StringBuilder out, String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        }
        out.append(quote);
    }

    /** Python's str.isprintable() for one code point: not Other nor Separator (but space). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger;
    }

    static boolean isFloat(Object value) {
        return value instanceof Double || value instanceof Float || value instanceof BigDecimal;
    }

    /** A Float goes through its own shortest text so 0.1f stays 0.1, as the user wrote it. */
    static double toDouble(Object value) {
        if (value instanceof Float) {
            return Double.parseDouble(value.toString());
        }
        return ((Number) value).doubleValue();
    }

    /** Python's {@code repr(float)}: the shortest digits that read back as the same double. */
    public static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal digits = shortestDigits(Math.abs(value));
        String unscaled = digits.unscaledValue().toString();
        int decimalPoint = unscaled.length() - digits.scale();
        String body = decimalPoint <= -4 || decimalPoint > 16
                ? exponential(unscaled, decimalPoint)
                : fixed(unscaled, decimalPoint);
        return value < 0 ? "-" + body : body;
    }

    private static BigDecimal shortestDigits(double positive) {
        BigDecimal exact = new BigDecimal(positive);
        for (int precision = 1; precision <= 17; precision++) {
            MathContext context = new MathContext(precision, RoundingMode.FLOOR);
            BigDecimal down = exact.round(context);
            BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean downOk = down.doubleValue() == positive;
            boolean upOk = up.doubleValue() == positive;
            if (downOk && upOk) {
                // both read back: take the nearer, as David Gay's algorithm does
                int cmp = exact.subtract(down).compareTo(up.subtract(exact));
                return (cmp < 0 ? down : cmp > 0 ? up : evenOf(down, up)).stripTrailingZeros();
            }
            if (downOk) {
                return down.stripTrailingZeros();
            }
            if (upOk) {
                return up.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static BigDecimal evenOf(BigDecimal a, BigDecimal b) {
        return a.unscaledValue().testBit(0) ? b : a;
    }

    private static String exponential(String digits, int decimalPoint) {
        StringBuilder out = new StringBuilder();
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        int exponent = decimalPoint - 1;
        out.append(exponent < 0 ? "e-" : "e+");
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            out.append('0');
        }
        return out.append(magnitude).toString();
    }

    private static String fixed(String digits, int decimalPoint) {
        if (decimalPoint <= 0) {
            return "0." + "0".repeat(-decimalPoint) + digits;
        }
        if (decimalPoint < digits.length()) {
            return digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
        }
        return digits + "0".repeat(decimalPoint - digits.length()) + ".0";
    }
}
