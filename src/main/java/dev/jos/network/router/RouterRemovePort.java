package dev.jos.network.router;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.network.Neutron;
import picocli.CommandLine.Parameters;

/** OSC's RemovePortFromRouter. */
public class RouterRemovePort extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<router>", description = "Router from which port will be removed (name or ID)")
    String router;
    @Parameters(index = "1", paramLabel = "<port>", description = "Port to be removed and deleted (name or ID)")
    String port;

    @Override
    protected void act(Invocation inv) {
        RouterInterface.change(inv, router, Neutron.PORT, port, false);
    }
}
