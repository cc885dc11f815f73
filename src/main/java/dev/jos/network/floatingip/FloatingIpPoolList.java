package dev.jos.network.floatingip;

import dev.jos.cli.Invocation;
import dev.jos.cli.ListCommand;
import dev.jos.output.Table;
import dev.jos.session.CommandException;

/** OSC's ListFloatingIPPool: with neutron in the catalog (always, for jos) it is nova-network's only. */
public class FloatingIpPoolList extends ListCommand {
    @Override
    protected Table list(Invocation inv) {
        // OSC looks for a network endpoint in the catalog (logging in first); with one, this is all it does
        inv.requireService("network");
        throw new CommandException("Floating ip pool operations are only available for Compute v2 network.");
    }
}
