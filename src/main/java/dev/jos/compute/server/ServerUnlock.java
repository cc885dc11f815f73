package dev.jos.compute.server;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import picocli.CommandLine.Parameters;

/** OSC's UnlockServer (novaclient). */
public class ServerUnlock extends ActionCommand {
    @Parameters(paramLabel = "<server>", arity = "1..*", description = "Server(s) to unlock (name or ID)")
    List<String> servers;

    @Override
    protected void act(Invocation inv) {
        ServerActions.nova(inv, servers, null, ServerActions.bare("unlock"));
    }
}
