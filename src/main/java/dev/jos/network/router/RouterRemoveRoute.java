package dev.jos.network.router;

import java.util.List;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.output.Record;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's RemoveExtraRoutesFromRouter. */
public class RouterRemoveRoute extends ShowCommand {
    @Parameters(paramLabel = "<router>", description = "Router from which extra static routes will be removed (name or ID).")
    String router;
    @Option(names = "--route", paramLabel = "destination=<subnet>,gateway=<ip-address>",
            description = "Remove extra static route from the router. destination: destination subnet (in CIDR "
                    + "notation), gateway: nexthop IP address. Repeat option to remove multiple routes. Trying to remove "
                    + "a route that's already missing (fully, including destination and nexthop) from the routing table "
                    + "is allowed and is considered a successful operation.")
    List<String> routes;

    @Override
    protected Record show(Invocation inv) {
        return RouterRoutes.change(inv, router, routes, false);
    }
}
