package dev.jos.compute.server;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import picocli.CommandLine.Parameters;

/** OSC's UnrescueServer (novaclient). */
public class ServerUnrescue extends ActionCommand {
    @Parameters(paramLabel = "<server>", description = "Server (name or ID)")
    String server;

    @Override
    protected void act(Invocation inv) {
        ServerActions.nova(inv, List.of(server), null, ServerActions.bare("unrescue"));
    }
}
