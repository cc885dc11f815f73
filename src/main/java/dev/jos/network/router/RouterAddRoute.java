package dev.jos.network.router;

import java.util.List;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.output.Record;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's AddExtraRoutesToRouter. */
public class RouterAddRoute extends ShowCommand {
    @Parameters(paramLabel = "<router>", description = "Router to which extra static routes will be added (name or ID).")
    String router;
    @Option(names = "--route", paramLabel = "destination=<subnet>,gateway=<ip-address>",
            description = "Add extra static route to the router. destination: destination subnet (in CIDR notation), "
                    + "gateway: nexthop IP address. Repeat option to add multiple routes. Trying to add a route that's "
                    + "already present (exactly, including destination and nexthop) in the routing table is allowed and "
                    + "is considered a successful operation.")
    List<String> routes;

    @Override
    protected Record show(Invocation inv) {
        return RouterRoutes.change(inv, router, routes, true);
    }
}
