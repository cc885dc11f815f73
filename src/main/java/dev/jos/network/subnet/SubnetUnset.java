package dev.jos.network.subnet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.MultiKeyValues;
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
 * OSC's UnsetSubnet: each item removed from the subnet's own list (one it lacks is "Subnet does
 * not contain ..."), one PUT when anything was asked, then the tags.
 */
public class SubnetUnset extends ActionCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Option(names = "--allocation-pool", paramLabel = "start=<ip-address>,end=<ip-address>",
            description = "Allocation pool IP addresses to be removed from this subnet e.g.: "
                    + "start=192.168.199.2,end=192.168.199.254 (repeat option to unset multiple allocation pools)")
    List<String> allocationPools;
    @Option(names = "--gateway", description = "Remove gateway IP from this subnet")
    boolean gateway;
    @Option(names = "--dns-nameserver", paramLabel = "<dns-nameserver>",
            description = "DNS server to be removed from this subnet (repeat option to unset multiple DNS servers)")
    List<String> dnsNameservers;
    @Option(names = "--host-route", paramLabel = "destination=<subnet>,gateway=<ip-address>",
            description = "Route to be removed from this subnet e.g.: destination=10.10.0.0/16,gateway=192.168.71.254 "
                    + "destination: destination subnet (in CIDR notation) gateway: nexthop IP address (repeat option to "
                    + "unset multiple host routes)")
    List<String> hostRoutes;
    @Option(names = "--service-type", paramLabel = "<service-type>",
            description = "Service type to be removed from this subnet e.g.: network:floatingip_agent_gateway. Must be a "
                    + "valid device owner value for a network port (repeat option to unset multiple service types)")
    List<String> serviceTypes;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be removed from the subnet (repeat option to remove multiple tags)")
    List<String> tags;
    @Option(names = "--all-tag", description = "Clear all tags associated with the subnet")
    boolean allTag;
    @Parameters(paramLabel = "<subnet>", description = "Subnet to modify (name or ID)")
    String subnet;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--tag", "--all-tag"));
    }

    /** _update_arguments: each item removed from the subnet's list, or OSC's message. */
    private static void remove(ObjectNode attrs, ObjectNode obj, String key, List<?> items, String option) {
        Object v = JsonRows.value(obj.get(key));
        List<Object> current = v instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
        for (Object item : items) {
            if (!current.remove(item)) {
                String shown = item instanceof String s ? s : PythonRepr.repr(item);
                throw new CommandException("Subnet does not contain " + option + " " + shown);
            }
        }
        ArrayNode left = attrs.putArray(key);
        for (Object o : current) {
            if (o instanceof Map<?, ?> m) {
                ObjectNode n = left.addObject();
                m.forEach((k, x) -> n.put(String.valueOf(k), x == null ? null : String.valueOf(x)));
            } else {
                left.add(String.valueOf(o));
            }
        }
    }

    @Override
    protected void act(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        List<Map<String, String>> pools = MultiKeyValues.parseAll(allocationPools, List.of("start", "end"));
        List<Map<String, String>> routes = new ArrayList<>();
        for (Map<String, String> r : MultiKeyValues.parseAll(hostRoutes, List.of("destination", "gateway"))) {
            Map<String, String> route = new LinkedHashMap<>(r);
            route.put("nexthop", route.remove("gateway"));
            routes.add(route);
        }
        NetworkApi api = inv.network();
        ObjectNode obj = api.find(Neutron.SUBNET, subnet);
        ObjectNode attrs = Json.object();
        if (gateway) {
            attrs.putNull("gateway_ip");
        }
        if (dnsNameservers != null && !dnsNameservers.isEmpty()) {
            remove(attrs, obj, "dns_nameservers", dnsNameservers, "dns-nameserver");
        }
        if (!routes.isEmpty()) {
            remove(attrs, obj, "host_routes", routes, "host-route");
        }
        if (!pools.isEmpty()) {
            remove(attrs, obj, "allocation_pools", pools, "allocation-pool");
        }
        if (serviceTypes != null && !serviceTypes.isEmpty()) {
            remove(attrs, obj, "service_types", serviceTypes, "service-type");
        }
        extras.applyUnset(attrs);
        if (!attrs.isEmpty()) {
            api.update(Neutron.SUBNET, obj.path("id").asText(), attrs);
        }
        Tags.unset(api, Neutron.SUBNET, obj, tags, allTag);
    }
}
