package dev.jos.compute.server;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.json.Json;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC 6.0's AddFloatingIP over neutron: the floating IP (SDK find), the server (novaclient's
 * find_resource), its ports, then the floating IP's port set to the one with the fixed IP, or
 * to each port in turn until neutron takes one (a 404 says that port has no route out).
 */
public class ServerAddFloatingIp extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<server>", description = "Server to receive the floating IP address (name or ID)")
    String server;
    @Parameters(index = "1", paramLabel = "<ip-address>",
            description = "Floating IP address to assign to the first available server port (IP only)")
    String ipAddress;
    @Option(names = "--fixed-ip-address", paramLabel = "<ip-address>",
            description = "Fixed IP address to associate with this floating IP address. The first server port "
                    + "containing the fixed IP address will be used")
    String fixedIpAddress;

    @Override
    protected void act(Invocation inv) {
        NetworkApi network = inv.network();
        ObjectNode fip = network.find(Neutron.FLOATING_IP, ipAddress);
        String serverId = NovaFind.server(inv.compute(), server).path("id").asText();
        List<ObjectNode> ports = network.serverPorts(serverId);
        if (ports.isEmpty()) {
            throw new CommandException("No attached ports found to associate floating IP with");
        }
        ObjectNode attrs = Json.object();
        if (fixedIpAddress != null && !fixedIpAddress.isEmpty()) {
            attrs.put("fixed_ip_address", fixedIpAddress);
            for (ObjectNode port : ports) {
                for (com.fasterxml.jackson.databind.JsonNode ip : port.path("fixed_ips")) {
                    if (fixedIpAddress.equals(ip.path("ip_address").asText(null)) && !attrs.has("port_id")) {
                        attrs.put("port_id", port.path("id").asText());
                    }
                }
            }
            if (!attrs.has("port_id")) {
                throw new CommandException("No port found for fixed IP address " + fixedIpAddress);
            }
            network.updateChanged(Neutron.FLOATING_IP, fip, attrs);
            return;
        }
        ApiException last = null;
        for (ObjectNode port : ports) {
            attrs.put("port_id", port.path("id").asText());
            try {
                network.updateChanged(Neutron.FLOATING_IP, fip, attrs);
                return;
            } catch (ApiException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
                last = e; // ExternalGatewayForFloatingIPNotFound: try the next port
            }
        }
        throw last;
    }
}
