package dev.jos.network.floatingip;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.BulkDelete;
import dev.jos.cli.Invocation;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import picocli.CommandLine.Parameters;

/** OSC's DeleteFloatingIP (NetworkAndComputeDelete, resource "floating_ip": "N of M floating_ips failed to delete."). */
public class FloatingIpDelete extends ActionCommand {
    @Parameters(paramLabel = "<floating-ip>", arity = "1..*", description = "Floating IP(s) to delete (IP address or ID)")
    List<String> floatingIps;

    @Override
    protected void act(Invocation inv) {
        NetworkApi api = inv.network();
        new BulkDelete(inv, "floating_ip", "floating_ips").run(floatingIps, f -> api.findAndDelete(Neutron.FLOATING_IP, f));
    }
}
