package dev.jos.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes JSON the way Python's {@code json.dumps} does with default arguments (", " and ": "
 * separators, non-ASCII escaped, floats as {@code repr}), because keystoneauth's --debug output
 * shows request bodies re-encoded that way and jos reproduces that output.
 */
final class PythonJson {
    private PythonJson() {
    }

    static String dumps(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.append('{');
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    string(e.getKey(), out);
                    out.append(": ");
                    write(e.getValue(), out);
                    if (it.hasNext()) {
                        out.append(", ");
                    }
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> out.append(node.isFloatingPointNumber() ? floatRepr(node.doubleValue()) : node.bigIntegerValue().toString());
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            default -> out.append("null");
        }
    }

    /** A string literal with ensure_ascii escaping: only printable ASCII stays as it is. */
    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04x", (int) c)); // UTF-16 units: surrogate pairs as Python does
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Python's {@code repr(float)}: the shortest decimal that reads back as the same double,
     * positional for exponents -4..16, else scientific as {@code 1e-05}.
     */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(d);
        String digits = shortest.unscaledValue().abs().toString();
        // strip trailing zeros from the digit string, keeping the value: value = 0.digits * 10^decpt
        int trailing = 0;
        while (digits.length() - trailing > 1 && digits.charAt(digits.length() - 1 - trailing) == '0') {
            trailing++;
        }
        digits = digits.substring(0, digits.length() - trailing);
        int decpt = shortest.precision() - shortest.scale();
        String sign = d < 0 ? "-" : "";
        if (decpt <= -4 || decpt > 16) {
            int exp = decpt - 1;
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        if (decpt <= 0) {
            return sign + "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal best = null;
            // nearest first; the others matter only next to powers of two, where the gap is uneven
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(p, mode));
                if (candidate.doubleValue() == d && (best == null
                        || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return exact.round(MathContext.DECIMAL64);
    }
}
