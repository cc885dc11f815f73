package dev.jos.network.agent;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.network.Neutron;
import dev.jos.output.Record;
import picocli.CommandLine.Parameters;

/** OSC's ShowNetworkAgent: the SDK's get_agent, by id only. */
public class NetworkAgentShow extends ShowCommand {
    @Parameters(paramLabel = "<network-agent>", description = "Network agent to display (ID only)")
    String agent;

    @Override
    protected Record show(Invocation inv) {
        return AgentColumns.record(inv.network().getAgent(agent));
    }
}
