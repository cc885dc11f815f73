package dev.jos.network;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.MultiKeyValues;
import dev.jos.json.Json;
import dev.jos.output.OutputException;
import dev.jos.output.PythonInt;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;

/**
 * OSC's NeutronCommandWithExtraArgs: {@code --extra-property type=<t>,name=<n>,value=<v>}, attributes
 * sent to neutron as given (the SDK's network resources pass unknown attributes through). A mixin,
 * declared first in a command, since argparse lists it right after -h.
 */
public final class ExtraProperties {
    private static final List<String> REQUIRED = List.of("name", "value");
    private static final List<String> OPTIONAL = List.of("type");

    @Option(names = "--extra-property", paramLabel = "type=<property_type>,name=<property_name>,value=<property_value>",
            description = "Additional parameters can be passed using this property. Default type of the extra property "
                    + "is string ('str'), but other types can be used as well. Available types are: 'dict', 'list', "
                    + "'str', 'bool', 'int'. In case of 'list' type, 'value' can be semicolon-separated list of values. "
                    + "For 'dict' value is semicolon-separated list of the key:value pairs.")
    List<String> values;

    /** The properties as osc_lib's MultiKeyValueAction checks them (at parse time there: call first). */
    public Parsed parse() {
        return new Parsed(values == null ? List.of() : values.stream()
                .map(v -> MultiKeyValues.parse(v, REQUIRED, OPTIONAL)).toList());
    }

    /** Parsed properties, converted only when applied: OSC converts after its look-ups. */
    public record Parsed(List<Map<String, String>> properties) {
        /** _parse_extra_properties: each value converted by its type, later names winning. */
        public void apply(ObjectNode attrs) {
            for (Map<String, String> p : properties) {
                attrs.set(p.get("name"), convert(p));
            }
        }

        /** NeutronUnsetCommandWithExtraArgs: each name set to null, whatever its value and type. */
        public void applyUnset(ObjectNode attrs) {
            for (Map<String, String> p : properties) {
                attrs.putNull(p.get("name"));
            }
        }
    }

    static JsonNode convert(Map<String, String> p) {
        String value = p.get("value");
        String type = p.getOrDefault("type", "str");
        return switch (type) {
            case "str" -> JsonNodeFactory.instance.textNode(value);
            case "bool" -> JsonNodeFactory.instance.booleanNode(value.equalsIgnoreCase("true"));
            case "int" -> integer(value);
            case "list" -> list(value);
            case "dict" -> dict(value);
            default -> throw new CommandException("Type " + type + " of property " + p.get("name") + " is not supported");
        };
    }

    private static JsonNode integer(String value) {
        try {
            return JsonNodeFactory.instance.numberNode(PythonInt.exact(value));
        } catch (OutputException e) {
            throw new CommandException(e.getMessage()); // Python's ValueError, which cliff prints
        }
    }

    /** network/utils.py's str2list: ';'-separated, an empty value an empty list. */
    private static JsonNode list(String value) {
        ArrayNode a = Json.array();
        if (!value.isEmpty()) {
            for (String item : value.split(";", -1)) {
                a.add(item);
            }
        }
        return a;
    }

    /** network/utils.py's str2dict: key:value pairs by ';', a part without ':' belonging to the one before. */
    private static JsonNode dict(String value) {
        ObjectNode o = Json.object();
        if (value.isEmpty()) {
            return o;
        }
        List<String> pairs = new java.util.ArrayList<>();
        for (String kv : value.split(";", -1)) {
            if (kv.contains(":")) {
                pairs.add(kv);
            } else if (pairs.isEmpty()) {
                throw new CommandException("missing value for key '" + kv + "'"); // quoted as written, not repr
            } else {
                pairs.set(pairs.size() - 1, pairs.get(pairs.size() - 1) + ";" + kv);
            }
        }
        for (String kv : pairs) {
            int colon = kv.indexOf(':');
            o.put(kv.substring(0, colon), kv.substring(colon + 1));
        }
        return o;
    }
}
