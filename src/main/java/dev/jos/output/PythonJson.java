package dev.jos.output;

import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Python's {@code json.dumps(value, indent=indent)} with its defaults: ASCII only (other
 * characters as {@code \\uXXXX}), {@code ", "} and {@code ": "} separators ({@code ","} before
 * a newline when indenting), floats as Python prints them, NaN and Infinity allowed.
 */
public final class PythonJson {

    private final Integer indent;
    private final StringBuilder out = new StringBuilder();

    private PythonJson(Integer indent) {
        this.indent = indent;
    }

    /** json.dumps(value): one line (router.py's RouterInfoColumn shows its value so). */
    public static String dumps(Object value) {
        return dumps(value, null);
    }

    /** @param indent spaces per level, or null for everything on one line */
    static String dumps(Object value, Integer indent) {
        PythonJson encoder = new PythonJson(indent);
        encoder.encode(value, 0);
        return encoder.out.toString();
    }

    private void encode(Object value, int level) {
        if (value instanceof FormattedValue) {
            value = ((FormattedValue) value).machine();
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            appendString((String) value);
        } else if (value instanceof Boolean) {
            out.append((Boolean) value ? "true" : "false");
        } else if (PythonRepr.isFloat(value)) {
            out.append(floatText(PythonRepr.toDouble(value)));
        } else if (PythonRepr.isInteger(value)) {
            out.append(value);
        } else if (value instanceof Map) {
            encodeMap((Map<?, ?>) value, level);
        } else if (value instanceof Collection) {
            encodeList(((Collection<?>) value).iterator(), level);
        } else if (value instanceof Object[]) {
            encodeList(Arrays.asList((Object[]) value).iterator(), level);
        } else {
            appendString(value.toString());
        }
    }

    private void encodeList(Iterator<?> items, int level) {
        if (!items.hasNext()) {
            out.append("[]");
            return;
        }
        out.append('[');
        while (items.hasNext()) {
            newlineAndIndent(level + 1);
            encode(items.next(), level + 1);
            if (items.hasNext()) {
                out.append(indent == null ? ", " : ",");
            }
        }
        newlineAndIndent(level);
        out.append(']');
    }

    private void encodeMap(Map<?, ?> map, int level) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            newlineAndIndent(level + 1);
            appendString(keyText(entry.getKey()));
            out.append(": ");
            encode(entry.getValue(), level + 1);
            if (entries.hasNext()) {
                out.append(indent == null ? ", " : ",");
            }
        }
        newlineAndIndent(level);
        out.append('}');
    }

    private void newlineAndIndent(int level) {
        if (indent != null) {
            out.append('\n').append(" ".repeat(indent * level));
        }
    }

    /** json turns non-string keys into the text it would print for them. */
    private static String keyText(Object key) {
        if (key instanceof String) {
            return (String) key;
        }
        if (PythonRepr.isFloat(key)) {
            return floatText(PythonRepr.toDouble(key));
        }
        if (key == null) {
            return "null";
        }
        if (key instanceof Boolean) {
            return (Boolean) key ? "true" : "false";
        }
        return key.toString();
    }

    private static String floatText(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        return PythonRepr.floatRepr(value);
    }

    private void appendString(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < ' ' || c > '~') {
                        // UTF-16 units: beyond the BMP come surrogate pairs, as in Python
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
