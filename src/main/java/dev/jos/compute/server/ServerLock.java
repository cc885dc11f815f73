package dev.jos.compute.server;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.json.Json;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's LockServer (novaclient): a reason needs microversion 2.73, checked before any look-up. */
public class ServerLock extends ActionCommand {
    @Parameters(paramLabel = "<server>", arity = "1..*", description = "Server(s) to lock (name or ID)")
    List<String> servers;
    @Option(names = "--reason", paramLabel = "<reason>", description = "Reason for locking the server(s). Requires ``--os-compute-api-version`` 2.73 or greater.")
    String reason;

    @Override
    protected void act(Invocation inv) {
        boolean supportReason = inv.compute().serverMicroversionAtLeast("2.73");
        if (!supportReason && reason != null && !reason.isEmpty()) {
            throw new CommandException("--os-compute-api-version 2.73 or greater is required to use the --reason option.");
        }
        ObjectNode action;
        if (supportReason && reason != null) {
            action = Json.object();
            action.putObject("lock").put("locked_reason", reason);
        } else {
            action = ServerActions.bare("lock");
        }
        ServerActions.nova(inv, servers, null, action);
    }
}
