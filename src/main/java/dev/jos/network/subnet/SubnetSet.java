package dev.jos.network.subnet;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.cli.MultiKeyValues;
import dev.jos.json.Json;
import dev.jos.network.ExtraProperties;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.Tags;
import dev.jos.session.CommandException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's SetSubnet: the subnet, _get_attrs (the segment look-up, the gateway check), the lists
 * given put before the subnet's own unless their --no-* option clears them, one PUT when
 * anything was asked, then the tags.
 */
public class SubnetSet extends ActionCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Parameters(paramLabel = "<subnet>", description = "Subnet to modify (name or ID)")
    String subnet;
    @Option(names = "--name", paramLabel = "<name>", description = "Updated name of the subnet")
    String name;
    @Option(names = "--dhcp", description = "Enable DHCP")
    boolean dhcp;
    @Option(names = "--no-dhcp", description = "Disable DHCP")
    boolean noDhcp;
    @Option(names = "--dns-publish-fixed-ip", description = "Enable publishing fixed IPs in DNS")
    boolean dnsPublishFixedIp;
    @Option(names = "--no-dns-publish-fixed-ip", description = "Disable publishing fixed IPs in DNS")
    boolean noDnsPublishFixedIp;
    @Option(names = "--gateway", paramLabel = "<gateway>",
            description = "Specify a gateway for the subnet. The options are: <ip-address>: Specific IP address to use as "
                    + "the gateway, 'none': This subnet will not use a gateway, e.g.: --gateway 192.168.9.1, --gateway none.")
    String gateway;
    @Option(names = "--network-segment", paramLabel = "<network-segment>",
            description = "Network segment to associate with this subnet (name or ID). It is only allowed to set the "
                    + "segment if the current value is `None`, the network must also have only one segment and only one "
                    + "subnet can exist on the network.")
    String networkSegment;
    @Option(names = "--description", paramLabel = "<description>", description = "Set subnet description")
    String description;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be added to the subnet (repeat option to set multiple tags)")
    List<String> tags;
    @Option(names = "--no-tag", description = "Clear tags associated with the subnet. Specify both --tag and --no-tag to "
            + "overwrite current tags")
    boolean noTag;
    @Option(names = "--allocation-pool", paramLabel = "start=<ip-address>,end=<ip-address>",
            description = "Allocation pool IP addresses for this subnet e.g.: start=192.168.199.2,end=192.168.199.254 "
                    + "(repeat option to add multiple IP addresses)")
    List<String> allocationPools;
    @Option(names = "--no-allocation-pool", description = "Clear associated allocation-pools from the subnet. Specify "
            + "both --allocation-pool and --no-allocation-pool to overwrite the current allocation pool information.")
    boolean noAllocationPool;
    @Option(names = "--dns-nameserver", paramLabel = "<dns-nameserver>",
            description = "DNS server for this subnet (repeat option to set multiple DNS servers)")
    List<String> dnsNameservers;
    @Option(names = "--no-dns-nameservers", description = "Clear existing information of DNS Nameservers. Specify both "
            + "--dns-nameserver and --no-dns-nameserver to overwrite the current DNS Nameserver information.")
    boolean noDnsNameservers;
    @Option(names = "--host-route", paramLabel = "destination=<subnet>,gateway=<ip-address>",
            description = "Additional route for this subnet e.g.: destination=10.10.0.0/16,gateway=192.168.71.254 "
                    + "destination: destination subnet (in CIDR notation) gateway: nexthop IP address (repeat option to "
                    + "add multiple routes)")
    List<String> hostRoutes;
    @Option(names = "--no-host-route", description = "Clear associated host-routes from the subnet. Specify both "
            + "--host-route and --no-host-route to overwrite the current host route information.")
    boolean noHostRoute;
    @Option(names = "--service-type", paramLabel = "<service-type>",
            description = "Service type for this subnet e.g.: network:floatingip_agent_gateway. Must be a valid device "
                    + "owner value for a network port (repeat option to set multiple service types)")
    List<String> serviceTypes;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--dhcp", "--no-dhcp"), List.of("--dns-publish-fixed-ip", "--no-dns-publish-fixed-ip"));
    }

    /** The given items, then the subnet's own (Python's list +=). */
    private static ArrayNode withCurrent(ArrayNode given, ObjectNode obj, String key, boolean clear) {
        if (!clear) {
            obj.path(key).forEach(i -> given.add(i.deepCopy()));
        }
        return given;
    }

    @Override
    protected void act(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        List<Map<String, String>> pools = MultiKeyValues.parseAll(allocationPools, List.of("start", "end"));
        List<Map<String, String>> routes = MultiKeyValues.parseAll(hostRoutes, List.of("destination", "gateway"));
        NetworkApi api = inv.network();
        ObjectNode obj = api.find(Neutron.SUBNET, subnet);
        ObjectNode attrs = Json.object();
        if (name != null) {
            attrs.put("name", name);
        }
        if (networkSegment != null) {
            attrs.put("segment_id", api.find(Neutron.SEGMENT, networkSegment).path("id").asText());
        }
        if (gateway != null) {
            String g = gateway.toLowerCase(Locale.ROOT);
            if (g.equals("auto")) {
                throw new CommandException("Auto option is not available for Subnet Set. Valid options are <ip-address> or none");
            }
            if (g.equals("none")) {
                attrs.putNull("gateway_ip");
            } else {
                attrs.put("gateway_ip", g);
            }
        }
        if (allocationPools != null) {
            ArrayNode a = attrs.putArray("allocation_pools");
            pools.forEach(p -> {
                ObjectNode o = a.addObject();
                p.forEach(o::put);
            });
        }
        if (dhcp) {
            attrs.put("enable_dhcp", true);
        }
        if (noDhcp) {
            attrs.put("enable_dhcp", false);
        }
        if (dnsPublishFixedIp) {
            attrs.put("dns_publish_fixed_ip", true);
        }
        if (noDnsPublishFixedIp) {
            attrs.put("dns_publish_fixed_ip", false);
        }
        if (dnsNameservers != null) {
            dnsNameservers.forEach(attrs.putArray("dns_nameservers")::add);
        }
        if (hostRoutes != null) {
            ArrayNode a = attrs.putArray("host_routes");
            // convert_entries_to_nexthop: gateway becomes nexthop, at the end of the dict
            routes.forEach(r -> {
                ObjectNode o = a.addObject();
                r.forEach((k, v) -> {
                    if (!k.equals("gateway")) {
                        o.put(k, v);
                    }
                });
                if (r.containsKey("gateway")) {
                    o.put("nexthop", r.get("gateway"));
                }
            });
        }
        if (serviceTypes != null) {
            serviceTypes.forEach(attrs.putArray("service_types")::add);
        }
        if (description != null) {
            attrs.put("description", description);
        }
        if (attrs.has("dns_nameservers")) {
            withCurrent((ArrayNode) attrs.get("dns_nameservers"), obj, "dns_nameservers", noDnsNameservers);
        } else if (noDnsNameservers) {
            attrs.putArray("dns_nameservers");
        }
        if (attrs.has("host_routes")) {
            withCurrent((ArrayNode) attrs.get("host_routes"), obj, "host_routes", noHostRoute);
        } else if (noHostRoute) {
            attrs.putArray("host_routes");
        }
        if (attrs.has("allocation_pools")) {
            withCurrent((ArrayNode) attrs.get("allocation_pools"), obj, "allocation_pools", noAllocationPool);
        } else if (noAllocationPool) {
            attrs.putArray("allocation_pools");
        }
        if (attrs.has("service_types")) {
            withCurrent((ArrayNode) attrs.get("service_types"), obj, "service_types", false);
        }
        extras.apply(attrs);
        if (!attrs.isEmpty()) {
            api.update(Neutron.SUBNET, obj.path("id").asText(), attrs);
        }
        Tags.set(api, Neutron.SUBNET, obj, tags, noTag);
    }
}
