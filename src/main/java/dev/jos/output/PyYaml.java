package dev.jos.output;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PyYAML 6.0's {@code yaml.safe_dump(data, default_flow_style=False)}: the SafeRepresenter
 * (mapping keys sorted), the Resolver (strings that would read back as another type get quoted)
 * and the pure-Python Emitter (block style, 80 columns, ASCII only), for the values cells hold.
 */
final class PyYaml {

    private PyYaml() {
    }

    /** The YAML document safe_dump writes for a list or map, ending in a newline. */
    static String safeDump(Object data) {
        return new PyYamlEmitter().emitDocument(represent(data));
    }

    /** A node of PyYAML's representation graph. */
    interface Node {
    }

    /**
     * A scalar; {@code tag} is its YAML type (str, int, float, bool, null) and
     * {@code plainImplicit} says its text reads back as that type when written plain.
     */
    static final class Scalar implements Node {
        final String tag;
        final String value;
        final boolean plainImplicit;

        Scalar(String tag, String value, boolean plainImplicit) {
            this.tag = tag;
            this.value = value;
            this.plainImplicit = plainImplicit;
        }
    }

    static final class Sequence implements Node {
        final List<Node> items;

        Sequence(List<Node> items) {
            this.items = items;
        }
    }

    static final class Mapping implements Node {
        final List<Map.Entry<Node, Node>> entries;

        Mapping(List<Map.Entry<Node, Node>> entries) {
            this.entries = entries;
        }
    }

    /** SafeRepresenter: Python value to node. */
    static Node represent(Object value) {
        if (value instanceof FormattedValue) {
            value = ((FormattedValue) value).machine();
        }
        if (value == null) {
            return new Scalar("null", "null", true);
        }
        if (value instanceof Boolean) {
            return new Scalar("bool", (Boolean) value ? "true" : "false", true);
        }
        if (PythonRepr.isFloat(value)) {
            return new Scalar("float", floatText(PythonRepr.toDouble(value)), true);
        }
        if (PythonRepr.isInteger(value)) {
            return new Scalar("int", value.toString(), true);
        }
        if (value instanceof Map) {
            return representMapping((Map<?, ?>) value);
        }
        if (value instanceof Collection || value instanceof Object[]) {
            Collection<?> collection = value instanceof Object[]
                    ? Arrays.asList((Object[]) value) : (Collection<?>) value;
            List<Node> items = new ArrayList<>();
            for (Object item : collection) {
                items.add(represent(item));
            }
            return new Sequence(items);
        }
        String text = value.toString();
        return new Scalar("str", text, StringResolver.resolvesToString(text));
    }

    private static Node representMapping(Map<?, ?> map) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        try {
            // sort_keys=True sorts the (key, value) items
            PythonListSort.sort(entries, (a, b) -> PythonCompare.pairLess(
                    a.getKey(), a.getValue(), b.getKey(), b.getValue()), false);
        } catch (PythonCompare.UnorderableException e) {
            entries = new ArrayList<>(map.entrySet()); // PyYAML keeps dict order then
        }
        List<Map.Entry<Node, Node>> nodes = new ArrayList<>();
        for (Map.Entry<?, ?> entry : entries) {
            nodes.add(new AbstractMap.SimpleImmutableEntry<>(
                    represent(entry.getKey()), represent(entry.getValue())));
        }
        return new Mapping(nodes);
    }

    /** represent_float: repr() in lower case, with .0 added so 1e+17 stays a float. */
    private static String floatText(double value) {
        if (Double.isNaN(value)) {
            return ".nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? ".inf" : "-.inf";
        }
        String text = PythonRepr.floatRepr(value).toLowerCase(Locale.ROOT);
        if (!text.contains(".") && text.contains("e")) {
            text = text.replaceFirst("e", ".0e");
        }
        return text;
    }

    /** The implicit resolvers of yaml.resolver.Resolver, chosen by the first character. */
    static final class StringResolver {

        // Python's $ also matches before a final \n, as Java's does under UNIX_LINES
        private static final int FLAGS = Pattern.UNIX_LINES;
        private static final Pattern BOOL = Pattern.compile(
                "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$",
                FLAGS);
        private static final Pattern FLOAT = Pattern.compile(
                "^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
                        + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                        + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                        + "|[-+]?\\.(?:inf|Inf|INF)"
                        + "|\\.(?:nan|NaN|NAN))$", FLAGS);
        private static final Pattern INT = Pattern.compile(
                "^(?:[-+]?0b[0-1_]+"
                        + "|[-+]?0[0-7_]+"
                        + "|[-+]?(?:0|[1-9][0-9_]*)"
                        + "|[-+]?0x[0-9a-fA-F_]+"
                        + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$", FLAGS);
        private static final Pattern MERGE = Pattern.compile("^(?:<<)$", FLAGS);
        private static final Pattern NULL = Pattern.compile("^(?:~|null|Null|NULL|)$", FLAGS);
        private static final Pattern TIMESTAMP = Pattern.compile(
                "^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
                        + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                        + "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
                        + ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
                        + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$", FLAGS);
        private static final Pattern VALUE = Pattern.compile("^(?:=)$", FLAGS);
        private static final Pattern YAML = Pattern.compile("^(?:!|&|\\*)$", FLAGS);

        private StringResolver() {
        }

        /** True when the text, written plain, would read back as a string. */
        static boolean resolvesToString(String text) {
            if (text.isEmpty()) {
                return !NULL.matcher(text).lookingAt();
            }
            char first = text.charAt(0);
            if ("yYnNtTfFoO".indexOf(first) >= 0 && BOOL.matcher(text).lookingAt()) {
                return false;
            }
            if ("-+0123456789.".indexOf(first) >= 0 && FLOAT.matcher(text).lookingAt()) {
                return false;
            }
            if ("-+0123456789".indexOf(first) >= 0 && INT.matcher(text).lookingAt()) {
                return false;
            }
            if (first == '<' && MERGE.matcher(text).lookingAt()) {
                return false;
            }
            if ("~nN".indexOf(first) >= 0 && NULL.matcher(text).lookingAt()) {
                return false;
            }
            if ("0123456789".indexOf(first) >= 0 && TIMESTAMP.matcher(text).lookingAt()) {
                return false;
            }
            if (first == '=' && VALUE.matcher(text).lookingAt()) {
                return false;
            }
            return !("!&*".indexOf(first) >= 0 && YAML.matcher(text).lookingAt());
        }
    }
}
