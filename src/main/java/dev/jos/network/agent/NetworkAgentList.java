package dev.jos.network.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.jos.cli.Invocation;
import dev.jos.cli.ListCommand;
import dev.jos.network.Choices;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.output.Table;
import picocli.CommandLine.Option;

/** OSC's ListNetworkAgent: a network's DHCP agents, a router's L3 agents, or every agent by type and host. */
public class NetworkAgentList extends ListCommand {
    /** --agent-type's choices, and the agent_type neutron knows each by. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("bgp", "BGP dynamic routing agent"), Map.entry("dhcp", "DHCP agent"),
            Map.entry("open-vswitch", "Open vSwitch agent"), Map.entry("linux-bridge", "Linux bridge agent"),
            Map.entry("ofa", "OFA driver agent"), Map.entry("l3", "L3 agent"), Map.entry("loadbalancer", "Loadbalancer agent"),
            Map.entry("metering", "Metering agent"), Map.entry("metadata", "Metadata agent"),
            Map.entry("macvtap", "Macvtap agent"), Map.entry("nic", "NIC Switch agent"));

    /** argparse's choices for --agent-type. */
    public static final class AgentType extends Choices {
        public AgentType() {
            super("bgp", "dhcp", "open-vswitch", "linux-bridge", "ofa", "l3", "loadbalancer", "metering", "metadata",
                    "macvtap", "nic");
        }
    }

    @Option(names = "--agent-type", paramLabel = "<agent-type>", converter = AgentType.class,
            description = "List only agents with the specified agent type. The supported agent types are: bgp, dhcp, "
                    + "open-vswitch, linux-bridge, ofa, l3, loadbalancer, metering, metadata, macvtap, nic.")
    String agentType;
    @Option(names = "--host", paramLabel = "<host>", description = "List only agents running on the specified host")
    String host;
    @Option(names = "--network", paramLabel = "<network>", description = "List agents hosting a network (name or ID)")
    String network;
    @Option(names = "--router", paramLabel = "<router>", description = "List agents hosting this router (name or ID)")
    String router;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longList;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--network", "--router"));
    }

    @Override
    protected Table list(Invocation inv) {
        NetworkApi api = inv.network();
        List<String> headers = new ArrayList<>(AgentColumns.HEADERS);
        List<List<Object>> rows = new ArrayList<>();
        if (network != null) {
            api.hostingAgents(false, api.find(Neutron.NETWORK, network).path("id").asText(),
                    a -> rows.add(AgentColumns.row(a, false)));
        } else if (router != null) {
            if (longList) {
                headers.add("HA State");
            }
            api.hostingAgents(true, api.findRouter(router).path("id").asText(), a -> rows.add(AgentColumns.row(a, longList)));
        } else {
            Map<String, String> query = new LinkedHashMap<>();
            if (agentType != null) {
                query.put("agent_type", TYPES.get(agentType));
            }
            if (host != null) {
                query.put("host", host);
            }
            api.list(Neutron.AGENT, query, a -> rows.add(AgentColumns.row(a, false)));
        }
        return new Table(headers, rows);
    }
}
