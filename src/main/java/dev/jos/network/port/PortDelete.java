package dev.jos.network.port;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.BulkDelete;
import dev.jos.cli.Invocation;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import picocli.CommandLine.Parameters;

/** OSC's DeletePort: find each, delete it, report failures at the end. */
public class PortDelete extends ActionCommand {
    @Parameters(paramLabel = "<port>", arity = "1..*", description = "Port(s) to delete (name or ID)")
    List<String> ports;

    @Override
    protected void act(Invocation inv) {
        NetworkApi api = inv.network();
        new BulkDelete(inv, "port", "ports").run(ports, p -> api.findAndDelete(Neutron.PORT, p));
    }
}
