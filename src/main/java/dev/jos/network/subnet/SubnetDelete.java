package dev.jos.network.subnet;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.BulkDelete;
import dev.jos.cli.Invocation;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import picocli.CommandLine.Parameters;

/** OSC's DeleteSubnet: find each, delete it, report failures at the end. */
public class SubnetDelete extends ActionCommand {
    @Parameters(paramLabel = "<subnet>", arity = "1..*", description = "Subnet(s) to delete (name or ID)")
    List<String> subnets;

    @Override
    protected void act(Invocation inv) {
        NetworkApi api = inv.network();
        new BulkDelete(inv, "subnet", "subnets").run(subnets, s -> api.findAndDelete(Neutron.SUBNET, s));
    }
}
