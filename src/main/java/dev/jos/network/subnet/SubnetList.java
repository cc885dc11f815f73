package dev.jos.network.subnet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.jos.cli.Invocation;
import dev.jos.cli.ListCommand;
import dev.jos.identity.IdentityKind;
import dev.jos.network.Choices;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.Tags;
import dev.jos.output.Table;
import picocli.CommandLine.Option;

/** OSC's ListSubnet: look-ups for the filters first, then every page of the filtered list. */
public class SubnetList extends ListCommand {
    @Option(names = "--long", description = "List additional fields in output")
    boolean longListing;
    @Option(names = "--ip-version", paramLabel = "<ip-version>", converter = Choices.IpVersion.class,
            description = "List only subnets of given IP version in output. Allowed values for IP version are 4 and 6.")
    String ipVersion;
    @Option(names = "--dhcp", description = "List subnets which have DHCP enabled")
    boolean dhcp;
    @Option(names = "--no-dhcp", description = "List subnets which have DHCP disabled")
    boolean noDhcp;
    @Option(names = "--service-type", paramLabel = "<service-type>",
            description = "List only subnets of a given service type in output e.g.: network:floatingip_agent_gateway. "
                    + "Must be a valid device owner value for a network port (repeat option to list multiple service types)")
    List<String> serviceTypes;
    @Option(names = "--project", paramLabel = "<project>",
            description = "List only subnets which belong to a given project in output (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Option(names = "--network", paramLabel = "<network>",
            description = "List only subnets which belong to a given network in output (name or ID)")
    String network;
    @Option(names = "--gateway", paramLabel = "<gateway>",
            description = "List only subnets of given gateway IP in output")
    String gateway;
    @Option(names = "--name", paramLabel = "<name>", description = "List only subnets of given name in output")
    String name;
    @Option(names = "--subnet-range", paramLabel = "<subnet-range>",
            description = "List only subnets of given subnet range (in CIDR notation) in output e.g.: --subnet-range 10.10.0.0/16")
    String subnetRange;
    @Option(names = "--subnet-pool", paramLabel = "<subnet-pool>",
            description = "List only subnets which belong to a given subnet pool in output (Name or ID)")
    String subnetPool;
    @Option(names = "--tags", paramLabel = "<tag>[,<tag>,...]",
            description = "List subnets which have all given tag(s) (Comma-separated list of tags)")
    String tags;
    @Option(names = "--any-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "List subnets which have any given tag(s) (Comma-separated list of tags)")
    String anyTags;
    @Option(names = "--not-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "Exclude subnets which have all given tag(s) (Comma-separated list of tags)")
    String notTags;
    @Option(names = "--not-any-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "Exclude subnets which have any given tag(s) (Comma-separated list of tags)")
    String notAnyTags;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--dhcp", "--no-dhcp"));
    }

    @Override
    protected Table list(Invocation inv) {
        NetworkApi api = inv.network();
        String projectId = project == null || project.isEmpty() ? null
                : inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain).path("id").asText();
        String networkId = network == null || network.isEmpty() ? null : api.find(Neutron.NETWORK, network).path("id").asText();
        String poolId = subnetPool == null || subnetPool.isEmpty() ? null
                : api.find(Neutron.SUBNET_POOL, subnetPool).path("id").asText();
        // in the order of the SDK's Subnet._query_mapping; service_types is no query
        // parameter of the SDK's, which drops it
        Map<String, String> query = new LinkedHashMap<>();
        if (subnetRange != null && !subnetRange.isEmpty()) {
            query.put("cidr", subnetRange);
        }
        if (gateway != null && !gateway.isEmpty()) {
            query.put("gateway_ip", gateway);
        }
        if (ipVersion != null) {
            query.put("ip_version", ipVersion);
        }
        if (name != null && !name.isEmpty()) {
            query.put("name", name);
        }
        if (networkId != null) {
            query.put("network_id", networkId);
        }
        if (projectId != null) {
            query.put("project_id", projectId);
        }
        if (dhcp || noDhcp) {
            query.put("enable_dhcp", dhcp ? "True" : "False");
        }
        if (poolId != null) {
            query.put("subnetpool_id", poolId);
        }
        Tags.filters(query, Tags.split(tags), Tags.split(anyTags), Tags.split(notTags), Tags.split(notAnyTags));
        List<List<Object>> rows = new ArrayList<>();
        api.list(Neutron.SUBNET, query, s -> rows.add(SubnetColumns.row(s, longListing)));
        return new Table(SubnetColumns.headers(longListing), rows);
    }

}
