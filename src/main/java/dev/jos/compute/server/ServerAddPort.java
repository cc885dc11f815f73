package dev.jos.compute.server;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's AddPort (openstacksdk): the server, the port through neutron, then an interface on it. */
public class ServerAddPort extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<server>", description = "Server to add the port to (name or ID)")
    String server;
    @Parameters(index = "1", paramLabel = "<port>", description = "Port to add to the server (name or ID)")
    String port;
    @Option(names = "--tag", paramLabel = "<tag>", description = "Tag for the attached interface. (Supported by API versions '2.49' - '2.latest')")
    String tag;

    @Override
    protected void act(Invocation inv) {
        ServerInterfaces.attach(inv, server, "port_id", n -> n.findPort(port), tag);
    }
}
