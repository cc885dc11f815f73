package dev.jos.compute.server;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import picocli.CommandLine.Parameters;

/** OSC's ResizeConfirm (novaclient). */
public class ServerResizeConfirm extends ActionCommand {
    @Parameters(paramLabel = "<server>", description = "Server (name or ID)")
    String server;

    @Override
    protected void act(Invocation inv) {
        ServerActions.nova(inv, java.util.List.of(server), null, ServerActions.bare("confirmResize"));
    }
}
