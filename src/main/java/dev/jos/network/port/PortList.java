package dev.jos.network.port;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.jos.cli.Invocation;
import dev.jos.cli.ListCommand;
import dev.jos.compute.server.NovaFind;
import dev.jos.identity.IdentityKind;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.Tags;
import dev.jos.output.Table;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;

/**
 * OSC's ListPort: the look-ups of its filters in its order (router, server through nova,
 * network, project, subnets), then every page of ports with its fields, in the order of the
 * SDK's Port._query_mapping (list values one key per item, as requests sends them).
 */
public class PortList extends ListCommand {
    @Option(names = "--device-owner", paramLabel = "<device-owner>",
            description = "List only ports with the specified device owner. This is the entity that uses the port "
                    + "(for example, network:dhcp).")
    String deviceOwner;
    @Option(names = "--host", paramLabel = "<host-id>", description = "List only ports bound to this host ID")
    String host;
    @Option(names = "--network", paramLabel = "<network>",
            description = "List only ports connected to this network (name or ID)")
    String network;
    @Option(names = "--router", paramLabel = "<router>", description = "List only ports attached to this router (name or ID)")
    String router;
    @Option(names = "--server", paramLabel = "<server>", description = "List only ports attached to this server (name or ID)")
    String server;
    @Option(names = "--device-id", paramLabel = "<device-id>", description = "List only ports with the specified device ID")
    String deviceId;
    @Option(names = "--mac-address", paramLabel = "<mac-address>", description = "List only ports with this MAC address")
    String macAddress;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longListing;
    @Option(names = "--project", paramLabel = "<project>", description = "List ports according to their project (name or ID)")
    String project;
    @Option(names = "--name", paramLabel = "<name>", description = "List ports according to their name")
    String name;
    @Option(names = "--security-group", paramLabel = "<security-group>",
            description = "List only ports associated with this security group")
    List<String> securityGroups;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Option(names = "--fixed-ip", paramLabel = "subnet=<subnet>,ip-address=<ip-address>,ip-substring=<ip-substring>",
            description = "Desired IP and/or subnet for filtering ports (name or ID): subnet=<subnet>,"
                    + "ip-address=<ip-address>,ip-substring=<ip-substring> (repeat option to set multiple fixed IP addresses)")
    List<String> fixedIps;
    @Option(names = "--tags", paramLabel = "<tag>[,<tag>,...]",
            description = "List ports which have all given tag(s) (Comma-separated list of tags)")
    String tags;
    @Option(names = "--any-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "List ports which have any given tag(s) (Comma-separated list of tags)")
    String anyTags;
    @Option(names = "--not-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "Exclude ports which have all given tag(s) (Comma-separated list of tags)")
    String notTags;
    @Option(names = "--not-any-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "Exclude ports which have any given tag(s) (Comma-separated list of tags)")
    String notAnyTags;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--router", "--server", "--device-id"));
    }

    @Override
    protected Table list(Invocation inv) {
        List<Map<String, String>> ipSpecs = PortArgs.fixedIps(fixedIps,
                List.of("subnet", "ip-address", "ip-substring"));
        NetworkApi api = inv.network();
        String device = deviceId;
        if (router != null && !router.isEmpty()) {
            device = api.find(Neutron.ROUTER, router).path("id").asText();
        }
        if (server != null && !server.isEmpty()) {
            device = NovaFind.server(inv.compute(), server).path("id").asText();
        }
        String networkId = network == null || network.isEmpty() ? null
                : api.find(Neutron.NETWORK, network).path("id").asText();
        String projectId = project == null || project.isEmpty() ? null
                : inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain).path("id").asText();
        List<String> ips = ipSpecs.isEmpty() ? null : PortArgs.filterFixedIps(api, ipSpecs);
        if (securityGroups != null && !securityGroups.isEmpty()) {
            // the SDK's Port has no security_groups query parameter: OSC 6.0 fails here, before the list
            throw new CommandException("Invalid query params: security_groups");
        }
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (host != null && !host.isEmpty()) {
            query.add(Map.entry("binding:host_id", host));
        }
        if (device != null) {
            query.add(Map.entry("device_id", device));
        }
        if (deviceOwner != null) {
            query.add(Map.entry("device_owner", deviceOwner));
        }
        PortColumns.fields(longListing).forEach(f -> query.add(Map.entry("fields", f)));
        if (ips != null) {
            ips.forEach(ip -> query.add(Map.entry("fixed_ips", ip)));
        }
        if (macAddress != null && !macAddress.isEmpty()) {
            query.add(Map.entry("mac_address", macAddress));
        }
        if (name != null && !name.isEmpty()) {
            query.add(Map.entry("name", name));
        }
        if (networkId != null) {
            query.add(Map.entry("network_id", networkId));
        }
        if (projectId != null) {
            query.add(Map.entry("project_id", projectId));
        }
        Map<String, String> tagFilters = new LinkedHashMap<>();
        Tags.filters(tagFilters, Tags.split(tags), Tags.split(anyTags), Tags.split(notTags), Tags.split(notAnyTags));
        query.addAll(tagFilters.entrySet());
        List<List<Object>> rows = new ArrayList<>();
        api.listRepeating(Neutron.PORT, query, p -> rows.add(PortColumns.row(p, longListing)));
        return new Table(PortColumns.headers(longListing), rows);
    }
}
