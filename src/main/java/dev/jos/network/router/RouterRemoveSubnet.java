package dev.jos.network.router;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.network.Neutron;
import picocli.CommandLine.Parameters;

/** OSC's RemoveSubnetFromRouter. */
public class RouterRemoveSubnet extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<router>", description = "Router from which the subnet will be removed (name or ID)")
    String router;
    @Parameters(index = "1", paramLabel = "<subnet>", description = "Subnet to be removed (name or ID)")
    String subnet;

    @Override
    protected void act(Invocation inv) {
        RouterInterface.change(inv, router, Neutron.SUBNET, subnet, false);
    }
}
