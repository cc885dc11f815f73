package dev.jos.trace;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.jos.http.PythonJson;
import dev.jos.output.PythonRepr;

/**
 * Python's {@code json.dumps(value, indent=2)}, which requestshook writes bodies with: ", " becomes
 * "," at line ends, ": " after keys, non-ASCII escaped, floats as repr, empty containers as
 * {@code {}} and {@code []}. So exported files match requestshook's byte for byte.
 */
final class PythonJsonIndent {
    private PythonJsonIndent() {
    }

    static String dumps(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out, 0);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out, int level) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                if (node.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append('{');
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    newline(out, level + 1);
                    PythonJson.string(e.getKey(), out);
                    out.append(": ");
                    write(e.getValue(), out, level + 1);
                    if (it.hasNext()) {
                        out.append(',');
                    }
                }
                newline(out, level);
                out.append('}');
            }
            case ARRAY -> {
                if (node.isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    newline(out, level + 1);
                    write(node.get(i), out, level + 1);
                    if (i < node.size() - 1) {
                        out.append(',');
                    }
                }
                newline(out, level);
                out.append(']');
            }
            case STRING -> PythonJson.string(node.textValue(), out);
            case NUMBER -> out.append(node.isFloatingPointNumber() ? floatRepr(node.doubleValue()) : node.bigIntegerValue().toString());
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            default -> out.append("null");
        }
    }

    private static void newline(StringBuilder out, int level) {
        out.append('\n');
        out.append("  ".repeat(level));
    }

    private static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return PythonRepr.floatRepr(d);
    }
}
