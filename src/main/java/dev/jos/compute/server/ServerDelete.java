package dev.jos.compute.server;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's DeleteServer: one server after the other; unlike most deletes the first failure
 * (an unknown name, an error from nova) ends the command, as in OSC 6.0.
 */
public class ServerDelete extends ActionCommand {
    @Parameters(paramLabel = "<server>", arity = "1..*", description = "Server(s) to delete (name or ID)")
    List<String> servers;
    @Option(names = "--force", description = "Force delete server(s)")
    boolean force;
    @Option(names = "--all-projects", description = "Delete server(s) in another project by name (admin only)(can be specified using the ALL_PROJECTS envvar)")
    Boolean allProjects;
    @Option(names = "--wait", description = "Wait for delete to complete")
    boolean await;

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        boolean all = AllProjects.effective(allProjects, inv);
        for (String s : servers) {
            ObjectNode found = NovaFind.server(compute, s, all);
            String id = found.path("id").asText();
            if (force) {
                ObjectNode action = Json.object();
                action.putNull("forceDelete");
                compute.serverAction(id, action);
            } else {
                compute.deleteServer(id);
            }
            if (await && !ServerWait.forDelete(inv, () -> compute.getServer(id))) {
                inv.progress("Error deleting server\n");
                // OSC 6.0 logs this and exits 0 (a bug fixed later): jos exits 1
                throw new CommandException("Error deleting server: " + id);
            }
        }
    }
}
