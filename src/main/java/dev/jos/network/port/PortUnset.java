package dev.jos.network.port;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.json.Json;
import dev.jos.network.ExtraProperties;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.Tags;
import dev.jos.output.PythonRepr;
import dev.jos.session.CommandException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's UnsetPort: the port, the subnets of --fixed-ip, then each item removed from the port's
 * own list (one the port lacks is "Port does not contain ..."), one PUT, then the tags.
 */
public class PortUnset extends ActionCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Option(names = "--fixed-ip", paramLabel = "subnet=<subnet>,ip-address=<ip-address>",
            description = "Desired IP and/or subnet which should be removed from this port (name or ID): subnet=<subnet>,"
                    + "ip-address=<ip-address> (repeat option to unset multiple fixed IP addresses)")
    List<String> fixedIps;
    @Option(names = "--binding-profile", paramLabel = "<binding-profile-key>",
            description = "Desired key which should be removed from binding:profile (repeat option to unset multiple "
                    + "binding:profile data)")
    List<String> bindingProfile;
    @Option(names = "--security-group", paramLabel = "<security-group>",
            description = "Security group which should be removed this port (name or ID) (repeat option to unset "
                    + "multiple security groups)")
    List<String> securityGroups;
    @Parameters(paramLabel = "<port>", description = "Port to modify (name or ID)")
    String port;
    @Option(names = "--allowed-address", paramLabel = "ip-address=<ip-address>[,mac-address=<mac-address>]",
            description = "Desired allowed-address pair which should be removed from this port: ip-address=<ip-address>"
                    + "[,mac-address=<mac-address>] (repeat option to unset multiple allowed-address pairs)")
    List<String> allowedAddresses;
    @Option(names = "--qos-policy", description = "Remove the QoS policy attached to the port")
    boolean qosPolicy;
    @Option(names = "--data-plane-status", description = "Clear existing information of data plane status")
    boolean dataPlaneStatus;
    @Option(names = "--numa-policy", description = "Clear existing NUMA affinity policy")
    boolean numaPolicy;
    @Option(names = "--host", description = "Clear host binding for the port.")
    boolean host;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be removed from the port (repeat option to remove multiple tags)")
    List<String> tags;
    @Option(names = "--all-tag", description = "Clear all tags associated with the port")
    boolean allTag;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--tag", "--all-tag"));
    }

    /** A JSON list as Python's list of plain values, for list.remove()'s equality. */
    private static List<Object> plain(JsonNode list) {
        return JsonRows.value(list) instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
    }

    private static ArrayNode json(List<Object> items) {
        ArrayNode a = Json.array();
        items.forEach(i -> a.add(tree(i)));
        return a;
    }

    /** A plain value (as {@link JsonRows#value} makes them) back to JSON. */
    private static JsonNode tree(Object v) {
        com.fasterxml.jackson.databind.node.JsonNodeFactory f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (v == null) {
            return f.nullNode();
        }
        if (v instanceof String s) {
            return f.textNode(s);
        }
        if (v instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (v instanceof Long l) {
            return f.numberNode(l);
        }
        if (v instanceof Double d) {
            return f.numberNode(d);
        }
        if (v instanceof List<?> l) {
            ArrayNode a = f.arrayNode();
            l.forEach(e -> a.add(tree(e)));
            return a;
        }
        ObjectNode o = f.objectNode();
        ((Map<?, ?>) v).forEach((k, e) -> o.set(String.valueOf(k), tree(e)));
        return o;
    }

    @Override
    protected void act(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        List<Map<String, String>> ipSpecs = PortArgs.fixedIps(fixedIps, PortArgs.FIXED_IP_KEYS);
        List<Map<String, String>> pairs = PortArgs.addressPairs(allowedAddresses);
        NetworkApi api = inv.network();
        ObjectNode obj = api.find(Neutron.PORT, port);
        List<Map<String, String>> ips = PortArgs.prepareFixedIps(api, ipSpecs);
        ObjectNode attrs = Json.object();
        if (!ips.isEmpty()) {
            List<Object> current = plain(obj.path("fixed_ips"));
            for (Map<String, String> ip : ips) {
                if (!current.remove(ip)) {
                    throw new CommandException("Port does not contain fixed-ip " + PythonRepr.repr(ip));
                }
            }
            attrs.set("fixed_ips", json(current));
        }
        if (bindingProfile != null && !bindingProfile.isEmpty()) {
            Object v = JsonRows.value(obj.get("binding:profile"));
            Map<Object, Object> current = v instanceof Map<?, ?> m ? new LinkedHashMap<>(m) : new LinkedHashMap<>();
            for (String key : bindingProfile) {
                if (!current.containsKey(key)) {
                    throw new CommandException("Port does not contain binding-profile " + key);
                }
                current.remove(key);
            }
            attrs.set("binding:profile", tree(current));
        }
        if (securityGroups != null && !securityGroups.isEmpty()) {
            List<Object> current = plain(obj.path("security_groups"));
            for (String sg : securityGroups) {
                String id = api.find(Neutron.SECURITY_GROUP, sg).path("id").asText();
                if (!current.remove(id)) {
                    throw new CommandException("Port does not contain security group " + sg);
                }
            }
            attrs.set("security_groups", json(current));
        }
        if (!pairs.isEmpty()) {
            List<Object> current = plain(obj.path("allowed_address_pairs"));
            for (Map<String, String> addr : pairs) {
                if (!current.remove(addr)) {
                    throw new CommandException("Port does not contain allowed-address-pair " + PythonRepr.repr(addr));
                }
            }
            attrs.set("allowed_address_pairs", json(current));
        }
        if (qosPolicy) {
            attrs.putNull("qos_policy_id");
        }
        if (dataPlaneStatus) {
            attrs.putNull("data_plane_status");
        }
        if (numaPolicy) {
            attrs.putNull("numa_affinity_policy");
        }
        if (host) {
            attrs.putNull("binding:host_id");
        }
        extras.applyUnset(attrs);
        if (!attrs.isEmpty()) {
            api.update(Neutron.PORT, obj.path("id").asText(), attrs);
        }
        Tags.unset(api, Neutron.PORT, obj, tags, allTag);
    }
}
