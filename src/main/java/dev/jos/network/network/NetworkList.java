package dev.jos.network.network;

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

/**
 * OSC's ListNetwork over neutron: its filters as the SDK puts them in the query, every page; or,
 * with --agent (and without --long), the networks a DHCP agent hosts.
 */
public class NetworkList extends ListCommand {
    @Option(names = "--external", description = "List external networks")
    boolean external;
    @Option(names = "--internal", description = "List internal networks")
    boolean internal;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longListing;
    @Option(names = "--name", paramLabel = "<name>", description = "List networks according to their name")
    String name;
    @Option(names = "--enable", description = "List enabled networks")
    boolean enable;
    @Option(names = "--disable", description = "List disabled networks")
    boolean disable;
    @Option(names = "--project", paramLabel = "<project>", description = "List networks according to their project (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Option(names = "--share", description = "List networks shared between projects")
    boolean share;
    @Option(names = "--no-share", description = "List networks not shared between projects")
    boolean noShare;
    @Option(names = "--status", paramLabel = "<status>", converter = Choices.NetworkStatus.class,
            description = "List networks according to their status ('ACTIVE', 'BUILD', 'DOWN', 'ERROR')")
    String status;
    @Option(names = "--provider-network-type", paramLabel = "<provider-network-type>", converter = Choices.NetworkType.class,
            description = "List networks according to their physical mechanisms. The supported options are: flat, "
                    + "geneve, gre, local, vlan, vxlan.")
    String providerNetworkType;
    @Option(names = "--provider-physical-network", paramLabel = "<provider-physical-network>",
            description = "List networks according to name of the physical network")
    String physicalNetwork;
    @Option(names = "--provider-segment", paramLabel = "<provider-segment>",
            description = "List networks according to VLAN ID for VLAN networks or Tunnel ID for GENEVE/GRE/VXLAN networks")
    String segmentationId;
    @Option(names = "--agent", paramLabel = "<agent-id>", description = "List networks hosted by agent (ID only)")
    String agent;
    @Option(names = "--tags", paramLabel = "<tag>[,<tag>,...]",
            description = "List networks which have all given tag(s) (Comma-separated list of tags)")
    String tags;
    @Option(names = "--any-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "List networks which have any given tag(s) (Comma-separated list of tags)")
    String anyTags;
    @Option(names = "--not-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "Exclude networks which have all given tag(s) (Comma-separated list of tags)")
    String notTags;
    @Option(names = "--not-any-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "Exclude networks which have any given tag(s) (Comma-separated list of tags)")
    String notAnyTags;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--external", "--internal"), List.of("--enable", "--disable"),
                List.of("--share", "--no-share"));
    }

    @Override
    protected Table list(Invocation inv) {
        if (!longListing && agent != null) {
            // OSC lists an agent's networks and nothing else: no filter, before any look-up
            NetworkApi api = inv.network();
            List<List<Object>> rows = new ArrayList<>();
            api.agentHosted(false, api.getAgent(agent).path("id").asText(), n -> rows.add(NetworkColumns.row(n, false)));
            return new Table(NetworkColumns.headers(false), rows);
        }
        String projectId = project == null || project.isEmpty() ? null
                : inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain).path("id").asText();
        // in the order of the SDK's Network._query_mapping, booleans as Python prints them
        Map<String, String> query = new LinkedHashMap<>();
        if (name != null) {
            query.put("name", name);
        }
        if (status != null) {
            query.put("status", status);
        }
        if (projectId != null) {
            query.put("project_id", projectId);
        }
        if (enable || disable) {
            query.put("admin_state_up", enable ? "True" : "False");
        }
        if (external || internal) {
            query.put("router:external", external ? "True" : "False");
        }
        if (share || noShare) {
            query.put("shared", share ? "True" : "False");
        }
        if (providerNetworkType != null) {
            query.put("provider:network_type", providerNetworkType);
        }
        if (physicalNetwork != null && !physicalNetwork.isEmpty()) {
            query.put("provider:physical_network", physicalNetwork);
        }
        if (segmentationId != null && !segmentationId.isEmpty()) {
            query.put("provider:segmentation_id", segmentationId);
        }
        Tags.filters(query, Tags.split(tags), Tags.split(anyTags), Tags.split(notTags), Tags.split(notAnyTags));
        List<List<Object>> rows = new ArrayList<>();
        inv.network().list(Neutron.NETWORK, query, n -> rows.add(NetworkColumns.row(n, longListing)));
        return new Table(NetworkColumns.headers(longListing), rows);
    }

}
