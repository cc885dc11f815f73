package dev.jos.network.router;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.BulkDelete;
import dev.jos.cli.Invocation;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import picocli.CommandLine.Parameters;

/** OSC's DeleteRouter: find each, delete it, report failures at the end. */
public class RouterDelete extends ActionCommand {
    @Parameters(paramLabel = "<router>", arity = "1..*", description = "Router(s) to delete (name or ID)")
    List<String> routers;

    @Override
    protected void act(Invocation inv) {
        NetworkApi api = inv.network();
        new BulkDelete(inv, "router", "routers").run(routers, r -> api.findAndDelete(Neutron.ROUTER, r));
    }
}
