package dev.jos.network.floatingip;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.network.Neutron;
import dev.jos.network.ShowErrors;
import dev.jos.output.Record;
import picocli.CommandLine.Parameters;

/** OSC's ShowFloatingIP over neutron: the SDK's find_ip (GET by id, then every floating IP matched by address). */
public class FloatingIpShow extends ShowCommand {
    @Parameters(paramLabel = "<floating-ip>", description = "Floating IP to display (IP address or ID)")
    String floatingIp;

    @Override
    protected Record show(Invocation inv) {
        return ShowErrors.wrap(() -> FloatingIpColumns.record(inv.network().find(Neutron.FLOATING_IP, floatingIp), true));
    }
}
