package dev.jos.network.network;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.BulkDelete;
import dev.jos.cli.Invocation;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import picocli.CommandLine.Parameters;

/** OSC's DeleteNetwork: find each, delete it (neutron deletes its subnets too), report failures at the end. */
public class NetworkDelete extends ActionCommand {
    @Parameters(paramLabel = "<network>", arity = "1..*", description = "Network(s) to delete (name or ID)")
    List<String> networks;

    @Override
    protected void act(Invocation inv) {
        NetworkApi api = inv.network();
        new BulkDelete(inv, "network", "networks").run(networks, n -> api.findAndDelete(Neutron.NETWORK, n));
    }
}
