package dev.jos.network.router;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.network.Neutron;
import picocli.CommandLine.Parameters;

/** OSC's AddPortToRouter. */
public class RouterAddPort extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<router>", description = "Router to which port will be added (name or ID)")
    String router;
    @Parameters(index = "1", paramLabel = "<port>", description = "Port to be added (name or ID)")
    String port;

    @Override
    protected void act(Invocation inv) {
        RouterInterface.change(inv, router, Neutron.PORT, port, true);
    }
}
