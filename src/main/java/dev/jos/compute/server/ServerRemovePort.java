package dev.jos.compute.server;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import picocli.CommandLine.Parameters;

/** OSC's RemovePort (openstacksdk): the server, the port through neutron, then its interface deleted. */
public class ServerRemovePort extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<server>", description = "Server to remove the port from (name or ID)")
    String server;
    @Parameters(index = "1", paramLabel = "<port>", description = "Port to remove from the server (name or ID)")
    String port;

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        String id = compute.sdkFindServer(server).path("id").asText();
        compute.deleteServerInterface(id, inv.network().findPort(port).path("id").asText());
    }
}
