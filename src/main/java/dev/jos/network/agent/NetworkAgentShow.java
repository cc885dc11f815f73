package dev.jos.network.agent;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.network.Neutron;
import dev.jos.output.Record;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import picocli.CommandLine.Parameters;

/** OSC's ShowNetworkAgent: the SDK's get_agent, by id only. */
public class NetworkAgentShow extends ShowCommand {
    @Parameters(paramLabel = "<network-agent>", description = "Network agent to display (ID only)")
    String agent;

    @Override
    protected Record show(Invocation inv) {
        try {
            return AgentColumns.record(inv.network().get(Neutron.AGENT, agent));
        } catch (ApiException e) {
            // the proxy's _get gives raise_from_response its own message, which replaces "{Class}: {status}"
            String text = e.getMessage().replaceFirst("^\\w+: \\d+: ", "");
            throw new CommandException("No Agent found for " + agent + ": " + text, e);
        }
    }
}
