package dev.jos.network.subnet;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.network.Neutron;
import dev.jos.output.Record;
import picocli.CommandLine.Parameters;

/** OSC's ShowSubnet: openstacksdk's find; its errors as the SDK words them (no ShowOne prefix). */
public class SubnetShow extends ShowCommand {
    @Parameters(paramLabel = "<subnet>", description = "Subnet to display (name or ID)")
    String subnet;

    @Override
    protected Record show(Invocation inv) {
        return SubnetColumns.record(inv.network().find(Neutron.SUBNET, subnet));
    }
}
