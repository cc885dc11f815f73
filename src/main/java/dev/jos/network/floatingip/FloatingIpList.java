package dev.jos.network.floatingip;

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

/** OSC's ListFloatingIP over neutron: the filters found first, in OSC's order, then every page of the SDK's ips(). */
public class FloatingIpList extends ListCommand {
    /** --status's choices. */
    public static final class Status extends Choices {
        public Status() {
            super("ACTIVE", "DOWN");
        }
    }

    @Option(names = "--network", paramLabel = "<network>", description = "List floating IP(s) according to given network (name or ID)")
    String network;
    @Option(names = "--port", paramLabel = "<port>", description = "List floating IP(s) according to given port (name or ID)")
    String port;
    @Option(names = "--fixed-ip-address", paramLabel = "<ip-address>",
            description = "List floating IP(s) according to given fixed IP address")
    String fixedIpAddress;
    @Option(names = "--floating-ip-address", paramLabel = "<ip-address>",
            description = "List floating IP(s) according to given floating IP address")
    String floatingIpAddress;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longList;
    @Option(names = "--status", paramLabel = "<status>", converter = Status.class,
            description = "List floating IP(s) according to given status ('ACTIVE', 'DOWN')")
    String status;
    @Option(names = "--project", paramLabel = "<project>", description = "List floating IP(s) according to given project (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Option(names = "--router", paramLabel = "<router>", description = "List floating IP(s) according to given router (name or ID)")
    String router;
    @Option(names = "--tags", paramLabel = "<tag>[,<tag>,...]",
            description = "List floating IP which have all given tag(s) (Comma-separated list of tags)")
    String tags;
    @Option(names = "--any-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "List floating IP which have any given tag(s) (Comma-separated list of tags)")
    String anyTags;
    @Option(names = "--not-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "Exclude floating IP which have all given tag(s) (Comma-separated list of tags)")
    String notTags;
    @Option(names = "--not-any-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "Exclude floating IP which have any given tag(s) (Comma-separated list of tags)")
    String notAnyTags;

    @Override
    protected Table list(Invocation inv) {
        NetworkApi api = inv.network();
        Map<String, String> query = new LinkedHashMap<>();
        if (network != null) {
            query.put("floating_network_id", api.find(Neutron.NETWORK, network).path("id").asText());
        }
        if (port != null) {
            query.put("port_id", api.findPort(port).path("id").asText());
        }
        if (fixedIpAddress != null) {
            query.put("fixed_ip_address", fixedIpAddress);
        }
        if (floatingIpAddress != null) {
            query.put("floating_ip_address", floatingIpAddress);
        }
        if (status != null && !status.isEmpty()) {
            query.put("status", status);
        }
        if (project != null) {
            query.put("project_id", inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain)
                    .path("id").asText());
        }
        if (router != null) {
            query.put("router_id", api.findRouter(router).path("id").asText());
        }
        Tags.filters(query, Tags.split(tags), Tags.split(anyTags), Tags.split(notTags), Tags.split(notAnyTags));
        List<List<Object>> rows = new ArrayList<>();
        api.list(Neutron.FLOATING_IP, query, f -> rows.add(FloatingIpColumns.row(f, longList)));
        List<String> headers = new ArrayList<>(FloatingIpColumns.HEADERS);
        if (longList) {
            headers.addAll(FloatingIpColumns.LONG_HEADERS);
        }
        return new Table(headers, rows);
    }
}
