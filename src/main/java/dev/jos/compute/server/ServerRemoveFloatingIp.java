package dev.jos.compute.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.json.Json;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import picocli.CommandLine.Parameters;

/**
 * OSC 6.0's RemoveFloatingIP over neutron: the floating IP's port cleared (no request when it has
 * none); the server is never looked at.
 */
public class ServerRemoveFloatingIp extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<server>", description = "Server to remove the floating IP address from (name or ID)")
    String server;
    @Parameters(index = "1", paramLabel = "<ip-address>", description = "Floating IP address to remove from server (IP only)")
    String ipAddress;

    @Override
    protected void act(Invocation inv) {
        NetworkApi network = inv.network();
        ObjectNode fip = network.find(Neutron.FLOATING_IP, ipAddress);
        ObjectNode attrs = Json.object();
        attrs.putNull("port_id");
        network.updateChanged(Neutron.FLOATING_IP, fip, attrs);
    }
}
