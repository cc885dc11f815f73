package dev.jos.compute.servergroup;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.session.CommandException;
import picocli.CommandLine.Parameters;

/** OSC's DeleteServerGroup: each group tried, each failure logged as its bare message, then the count. */
public class ServerGroupDelete extends ActionCommand {
    @Parameters(paramLabel = "<server-group>", arity = "1..*", description = "server group(s) to delete (name or ID)")
    List<String> groups;

    @Override
    protected void act(Invocation inv) {
        int failed = 0;
        for (String g : groups) {
            try {
                inv.compute().deleteServerGroup(ServerGroupColumns.find(inv, g, "id").path("id").asText());
            } catch (RuntimeException e) {
                // OSC's `except Exception` with LOG.error(e): the message alone
                failed++;
                inv.warn(e.getMessage() == null ? "unexpected error" : e.getMessage());
            }
        }
        if (failed > 0) {
            throw new CommandException(failed + " of " + groups.size() + " server groups failed to delete.");
        }
    }
}
