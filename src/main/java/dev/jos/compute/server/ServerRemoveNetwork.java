package dev.jos.compute.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import picocli.CommandLine.Parameters;

/** OSC's RemoveNetwork (openstacksdk): every interface of the server on that network is deleted. */
public class ServerRemoveNetwork extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<server>", description = "Server to remove the port from (name or ID)")
    String server;
    @Parameters(index = "1", paramLabel = "<network>", description = "Network to remove from the server (name or ID)")
    String network;

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        String id = compute.sdkFindServer(server).path("id").asText();
        String netId = inv.network().findNetwork(network).path("id").asText();
        for (ObjectNode iface : compute.serverInterfaces(id)) {
            if (netId.equals(iface.path("net_id").asText(null))) {
                compute.deleteServerInterface(id, iface.path("port_id").asText());
            }
        }
    }
}
