package dev.jos.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.JsonRows;
import dev.jos.output.PythonTruth;

/**
 * openstacksdk's resource.Body attributes read from neutron's JSON: a missing key is the
 * attribute's default, null stays None, else the declared type's conversion (bool(), int(), list()).
 */
public final class SdkValues {
    private SdkValues() {
    }

    public static Object raw(ObjectNode body, String key) {
        return JsonRows.value(body.get(key));
    }

    public static Object bool(ObjectNode body, String key, Boolean fallback) {
        JsonNode n = body.get(key);
        if (n == null) {
            return fallback;
        }
        Object v = JsonRows.value(n);
        return v == null ? null : truthy(v);
    }

    public static Object integer(ObjectNode body, String key) {
        Object v = raw(body, key);
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                return s;
            }
        }
        if (v instanceof Double d) {
            return d.longValue();
        }
        return v;
    }

    public static Object list(ObjectNode body, String key, List<Object> fallback) {
        JsonNode n = body.get(key);
        if (n == null) {
            return fallback;
        }
        Object v = JsonRows.value(n);
        return v instanceof List<?> l ? new ArrayList<Object>(l) : v;
    }

    /** Python truthiness of a JSON-derived value. */
    public static boolean truthy(Object v) {
        return PythonTruth.truthy(v);
    }

    /**
     * Python's int() of an option's text, as the SDK applies it to a typed attribute before
     * sending: its ValueError is what OSC prints.
     */
    public static long pythonInt(String text) {
        String s = text.strip();
        if (s.matches("[+-]?\\d+(?:_\\d+)*")) {
            try {
                return Long.parseLong(s.replace("_", "").replace("+", ""));
            } catch (NumberFormatException e) {
                // beyond a long: neutron would refuse it anyway
            }
        }
        throw new dev.jos.session.CommandException("invalid literal for int() with base 10: '" + text + "'");
    }
}
