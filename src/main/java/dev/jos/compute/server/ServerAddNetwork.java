package dev.jos.compute.server;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's AddNetwork (openstacksdk): the server, the network through neutron, then an interface on it. */
public class ServerAddNetwork extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<server>", description = "Server to add the network to (name or ID)")
    String server;
    @Parameters(index = "1", paramLabel = "<network>", description = "Network to add to the server (name or ID)")
    String network;
    @Option(names = "--tag", paramLabel = "<tag>", description = "Tag for the attached interface. (supported by --os-compute-api-version 2.49 or above)")
    String tag;

    @Override
    protected void act(Invocation inv) {
        ServerInterfaces.attach(inv, server, "net_id", n -> n.findNetwork(network), tag);
    }
}
