package dev.jos.network.port;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.MultiKeyValues;
import dev.jos.json.Json;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.session.CommandException;

/**
 * The structured option values of port.py, parsed as its argparse actions parse them (before
 * any request) and converted as its helpers convert them for neutron.
 */
final class PortArgs {
    private PortArgs() {
    }

    static final List<String> FIXED_IP_KEYS = List.of("subnet", "ip-address");

    /** --fixed-ip subnet=,ip-address= values (MultiKeyValueAction, optional keys only). */
    static List<Map<String, String>> fixedIps(List<String> values, List<String> keys) {
        List<Map<String, String>> out = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> out.add(MultiKeyValues.parse(v, List.of(), keys)));
        }
        return out;
    }

    /**
     * _prepare_fixed_ips: a non-empty subnet becomes the found subnet's subnet_id, ip-address
     * becomes ip_address (each moved to the end of the dict, as Python's del and set do).
     */
    static List<Map<String, String>> prepareFixedIps(NetworkApi api, List<Map<String, String>> specs) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> spec : specs) {
            Map<String, String> ip = new LinkedHashMap<>(spec);
            String subnet = ip.get("subnet");
            if (subnet != null && !subnet.isEmpty()) {
                String id = api.find(Neutron.SUBNET, subnet).path("id").asText();
                ip.remove("subnet");
                ip.put("subnet_id", id);
            }
            if (ip.containsKey("ip-address")) {
                ip.put("ip_address", ip.remove("ip-address"));
            }
            out.add(ip);
        }
        return out;
    }

    /** _prepare_filter_fixed_ips: port list's fixed_ips filter items, subnets looked up. */
    static List<String> filterFixedIps(NetworkApi api, List<Map<String, String>> specs) {
        List<String> out = new ArrayList<>();
        for (Map<String, String> spec : specs) {
            String subnet = spec.get("subnet");
            if (subnet != null && !subnet.isEmpty()) {
                out.add("subnet_id=" + api.find(Neutron.SUBNET, subnet).path("id").asText());
            }
            if (spec.containsKey("ip-address")) {
                out.add("ip_address=" + spec.get("ip-address"));
            }
            if (spec.containsKey("ip-substring")) {
                out.add("ip_address_substr=" + spec.get("ip-substring"));
            }
        }
        return out;
    }

    /** --allowed-address (required ip-address, optional mac-address), as _convert_address_pairs makes it. */
    static List<Map<String, String>> addressPairs(List<String> values) {
        List<Map<String, String>> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                Map<String, String> opt = MultiKeyValues.parse(v, List.of("ip-address"), List.of("mac-address"));
                Map<String, String> addr = new LinkedHashMap<>();
                addr.put("ip_address", opt.get("ip-address"));
                if (opt.containsKey("mac-address")) {
                    addr.put("mac_address", opt.get("mac-address"));
                }
                out.add(addr);
            }
        }
        return out;
    }

    /** --extra-dhcp-option (MultiKeyValueCommaAction), as _convert_extra_dhcp_options makes it. */
    static List<Map<String, String>> extraDhcpOptions(List<String> values) {
        List<Map<String, String>> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                Map<String, String> opt = MultiKeyValues.parseComma(v, List.of("name"), List.of("value", "ip-version"));
                Map<String, String> o = new LinkedHashMap<>();
                o.put("opt_name", opt.get("name"));
                if (opt.containsKey("value")) {
                    o.put("opt_value", opt.get("value"));
                }
                if (opt.containsKey("ip-version")) {
                    o.put("ip_version", opt.get("ip-version"));
                }
                out.add(o);
            }
        }
        return out;
    }

    /**
     * port.py's JSONKeyValueAction for --binding-profile: each value is a JSON object merged in,
     * else key=value; null when the option is not given.
     */
    static ObjectNode bindingProfile(List<String> values) {
        if (values == null) {
            return null;
        }
        ObjectNode profile = Json.object();
        for (String v : values) {
            JsonNode json = pythonJson(v);
            if (json != null && json.isObject()) {
                profile.setAll((ObjectNode) json);
            } else if (json != null && (json.isTextual() && json.asText().isEmpty() || json.isArray() && json.isEmpty())) {
                continue; // dict.update() of nothing
            } else if (json != null && json.isTextual() && !v.contains("=")) {
                // dict.update("ab"): a ValueError, which the action words as a parsing error
                throw new CommandException("Expected '<key>=<value>' or JSON data for option --binding-profile, but "
                        + "encountered JSON parsing error: dictionary update sequence element #0 has length 1; 2 is required");
            } else if (json != null && !json.isTextual()) {
                // dict.update() of a JSON scalar or list: Python's TypeError, which cliff prints
                throw new CommandException(json.isArray() ? "cannot convert dictionary update sequence element #0 to a sequence"
                        : "'" + pythonType(json) + "' object is not iterable");
            } else if (v.contains("=")) {
                int eq = v.indexOf('=');
                profile.put(v.substring(0, eq), v.substring(eq + 1));
            } else {
                throw new CommandException("Expected '<key>=<value>' or JSON data for option --binding-profile, but "
                        + "encountered JSON parsing error: " + jsonError(v));
            }
        }
        return profile;
    }

    private static String pythonType(JsonNode n) {
        return n.isBoolean() ? "bool" : n.isIntegralNumber() ? "int" : n.isNumber() ? "float" : n.isNull() ? "NoneType"
                : "str";
    }

    /** json.loads, or null where it raises (Jackson is laxer about a few literals Python refuses). */
    private static JsonNode pythonJson(String v) {
        try {
            return Json.parse(v);
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Python's JSONDecodeError text for the usual mistake, a value that is not JSON at all:
     * "Expecting value" where the first non-blank character is.
     */
    private static String jsonError(String v) {
        int i = 0;
        while (i < v.length() && " \t\n\r".indexOf(v.charAt(i)) >= 0) {
            i++;
        }
        return "Expecting value: line 1 column " + (i + 1) + " (char " + i + ")";
    }

    static ArrayNode array(ObjectNode attrs, String key, List<Map<String, String>> items) {
        ArrayNode a = attrs.putArray(key);
        for (Map<String, String> item : items) {
            ObjectNode o = a.addObject();
            item.forEach(o::put);
        }
        return a;
    }
}
