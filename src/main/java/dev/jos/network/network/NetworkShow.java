package dev.jos.network.network;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.network.Neutron;
import dev.jos.network.ShowErrors;
import dev.jos.output.Record;
import picocli.CommandLine.Parameters;

/** OSC's ShowNetwork: openstacksdk's find (GET by id, then a list by name). */
public class NetworkShow extends ShowCommand {
    @Parameters(paramLabel = "<network>", description = "Network to display (name or ID)")
    String network;

    @Override
    protected Record show(Invocation inv) {
        return ShowErrors.wrap(() -> NetworkColumns.record(inv.network().find(Neutron.NETWORK, network)));
    }
}
