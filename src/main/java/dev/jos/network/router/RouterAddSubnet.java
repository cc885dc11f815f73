package dev.jos.network.router;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.network.Neutron;
import picocli.CommandLine.Parameters;

/** OSC's AddSubnetToRouter. */
public class RouterAddSubnet extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<router>", description = "Router to which subnet will be added (name or ID)")
    String router;
    @Parameters(index = "1", paramLabel = "<subnet>", description = "Subnet to be added (name or ID)")
    String subnet;

    @Override
    protected void act(Invocation inv) {
        RouterInterface.change(inv, router, Neutron.SUBNET, subnet, true);
    }
}
