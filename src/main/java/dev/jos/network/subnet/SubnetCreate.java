package dev.jos.network.subnet;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.identity.IdentityKind;
import dev.jos.json.Json;
import dev.jos.network.Choices;
import dev.jos.cli.MultiKeyValues;
import dev.jos.network.ExtraProperties;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.Tags;
import dev.jos.output.Record;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's CreateSubnet: _get_attrs in its order (look-ups first), the create, then the tags. */
public class SubnetCreate extends ShowCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Parameters(paramLabel = "<name>", description = "New subnet name")
    String name;
    @Option(names = "--project", paramLabel = "<project>", description = "Owner's project (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Option(names = "--subnet-pool", paramLabel = "<subnet-pool>",
            description = "Subnet pool from which this subnet will obtain a CIDR (Name or ID)")
    String subnetPool;
    @Option(names = "--use-prefix-delegation", paramLabel = "USE_PREFIX_DELEGATION",
            description = "Use 'prefix-delegation' if IP is IPv6 format and IP would be delegated externally")
    String usePrefixDelegation;
    @Option(names = "--use-default-subnet-pool", description = "Use default subnet pool for --ip-version")
    boolean useDefaultSubnetPool;
    @Option(names = "--prefix-length", paramLabel = "<prefix-length>",
            description = "Prefix length for subnet allocation from subnet pool")
    String prefixLength;
    @Option(names = "--subnet-range", paramLabel = "<subnet-range>",
            description = "Subnet range in CIDR notation (required if --subnet-pool is not specified, optional otherwise)")
    String subnetRange;
    @Option(names = "--dhcp", description = "Enable DHCP (default)")
    boolean dhcp;
    @Option(names = "--no-dhcp", description = "Disable DHCP")
    boolean noDhcp;
    @Option(names = "--dns-publish-fixed-ip", description = "Enable publishing fixed IPs in DNS")
    boolean dnsPublishFixedIp;
    @Option(names = "--no-dns-publish-fixed-ip", description = "Disable publishing fixed IPs in DNS (default)")
    boolean noDnsPublishFixedIp;
    @Option(names = "--gateway", paramLabel = "<gateway>",
            description = "Specify a gateway for the subnet. The three options are: <ip-address>: Specific IP address to "
                    + "use as the gateway, 'auto': Gateway address should automatically be chosen from within the "
                    + "subnet itself, 'none': This subnet will not use a gateway, e.g.: --gateway 192.168.9.1, "
                    + "--gateway auto, --gateway none (default is 'auto').")
    String gateway = "auto";
    @Option(names = "--ip-version", paramLabel = "{4,6}", converter = Choices.IpVersion.class,
            description = "IP version (default is 4). Note that when subnet pool is specified, IP version is determined "
                    + "from the subnet pool and this option is ignored.")
    String ipVersion = "4";
    @Option(names = "--ipv6-ra-mode", paramLabel = "{dhcpv6-stateful,dhcpv6-stateless,slaac}",
            converter = Choices.Ipv6Mode.class, description = "IPv6 RA (Router Advertisement) mode, valid modes: "
                    + "[dhcpv6-stateful, dhcpv6-stateless, slaac]")
    String ipv6RaMode;
    @Option(names = "--ipv6-address-mode", paramLabel = "{dhcpv6-stateful,dhcpv6-stateless,slaac}",
            converter = Choices.Ipv6Mode.class, description = "IPv6 address mode, valid modes: "
                    + "[dhcpv6-stateful, dhcpv6-stateless, slaac]")
    String ipv6AddressMode;
    @Option(names = "--network-segment", paramLabel = "<network-segment>",
            description = "Network segment to associate with this subnet (name or ID)")
    String networkSegment;
    @Option(names = "--network", paramLabel = "<network>", required = true,
            description = "Network this subnet belongs to (name or ID)")
    String network;
    @Option(names = "--description", paramLabel = "<description>", description = "Set subnet description")
    String description;
    @Option(names = "--allocation-pool", paramLabel = "start=<ip-address>,end=<ip-address>",
            description = "Allocation pool IP addresses for this subnet e.g.: start=192.168.199.2,end=192.168.199.254 "
                    + "(repeat option to add multiple IP addresses)")
    List<String> allocationPools;
    @Option(names = "--dns-nameserver", paramLabel = "<dns-nameserver>",
            description = "DNS server for this subnet (repeat option to set multiple DNS servers)")
    List<String> dnsNameservers;
    @Option(names = "--host-route", paramLabel = "destination=<subnet>,gateway=<ip-address>",
            description = "Additional route for this subnet e.g.: destination=10.10.0.0/16,gateway=192.168.71.254 "
                    + "destination: destination subnet (in CIDR notation) gateway: nexthop IP address (repeat option "
                    + "to add multiple routes)")
    List<String> hostRoutes;
    @Option(names = "--service-type", paramLabel = "<service-type>",
            description = "Service type for this subnet e.g.: network:floatingip_agent_gateway. Must be a valid device "
                    + "owner value for a network port (repeat option to set multiple service types)")
    List<String> serviceTypes;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be added to the subnet (repeat option to set multiple tags)")
    List<String> tags;
    @Option(names = "--no-tag", description = "No tags associated with the subnet")
    boolean noTag;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--subnet-pool", "--use-prefix-delegation", "--use-default-subnet-pool"),
                List.of("--dhcp", "--no-dhcp"), List.of("--dns-publish-fixed-ip", "--no-dns-publish-fixed-ip"),
                List.of("--tag", "--no-tag"));
    }

    @Override
    protected Record show(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        // argparse's actions: a bad pool or route fails before any request
        List<Map<String, String>> pools = MultiKeyValues.parseAll(allocationPools, List.of("start", "end"));
        List<Map<String, String>> routes = MultiKeyValues.parseAll(hostRoutes, List.of("destination", "gateway"));
        NetworkApi api = inv.network();
        ObjectNode attrs = Json.object();
        attrs.put("name", name);
        if (project != null) {
            attrs.put("project_id", inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain)
                    .path("id").asText());
        }
        attrs.put("network_id", api.find(Neutron.NETWORK, network).path("id").asText());
        if (subnetPool != null) {
            attrs.put("subnetpool_id", api.find(Neutron.SUBNET_POOL, subnetPool).path("id").asText());
        }
        if (usePrefixDelegation != null && !usePrefixDelegation.isEmpty()) {
            attrs.put("subnetpool_id", "prefix_delegation");
        }
        if (useDefaultSubnetPool) {
            attrs.put("use_default_subnetpool", true);
        }
        if (prefixLength != null) {
            attrs.put("prefixlen", prefixLength);
        }
        if (subnetRange != null) {
            attrs.put("cidr", subnetRange);
        }
        attrs.put("ip_version", Integer.parseInt(ipVersion));
        if (ipv6RaMode != null) {
            attrs.put("ipv6_ra_mode", ipv6RaMode);
        }
        if (ipv6AddressMode != null) {
            attrs.put("ipv6_address_mode", ipv6AddressMode);
        }
        if (networkSegment != null) {
            attrs.put("segment_id", api.find(Neutron.SEGMENT, networkSegment).path("id").asText());
        }
        String g = gateway.toLowerCase(java.util.Locale.ROOT);
        if (g.equals("none")) {
            attrs.putNull("gateway_ip");
        } else if (!g.equals("auto")) {
            attrs.put("gateway_ip", g);
        }
        if (allocationPools != null) {
            ArrayNode a = attrs.putArray("allocation_pools");
            for (Map<String, String> p : pools) {
                ObjectNode pool = a.addObject();
                p.forEach(pool::put);
            }
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
            for (Map<String, String> r : routes) {
                // convert_entries_to_nexthop: neutron's key for the gateway
                ObjectNode route = a.addObject();
                r.forEach((k, v) -> route.put(k.equals("gateway") ? "nexthop" : k, v));
            }
        }
        if (serviceTypes != null) {
            serviceTypes.forEach(attrs.putArray("service_types")::add);
        }
        if (description != null) {
            attrs.put("description", description);
        }
        extras.apply(attrs);
        ObjectNode created = api.create(Neutron.SUBNET, attrs);
        Tags.set(api, Neutron.SUBNET, created, tags, noTag);
        return SubnetColumns.record(created);
    }

    /** For the parse tests. */
    public String gatewayForTest() {
        return gateway;
    }
}
