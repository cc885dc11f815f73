package dev.jos.compute.server;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import picocli.CommandLine.Parameters;

/** OSC's SuspendServer (openstacksdk). */
public class ServerSuspend extends ActionCommand {
    @Parameters(paramLabel = "<server>", arity = "1..*", description = "Server(s) to suspend (name or ID)")
    List<String> servers;

    @Override
    protected void act(Invocation inv) {
        ServerActions.sdk(inv, servers, ServerActions.bare("suspend"));
    }
}
