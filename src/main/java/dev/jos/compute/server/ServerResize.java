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

/** OSC's ResizeServer (novaclient): --flavor (and --wait until ACTIVE or VERIFY_RESIZE), or the deprecated --confirm/--revert. */
public class ServerResize extends ActionCommand {
    @Parameters(paramLabel = "<server>", description = "Server (name or ID)")
    String server;
    @Option(names = "--flavor", paramLabel = "<flavor>", description = "Resize server to specified flavor")
    String flavor;
    @Option(names = "--confirm", description = "**Deprecated** Confirm server resize is complete. Replaced by the 'openstack server resize confirm' and 'openstack server migration confirm' commands")
    boolean confirm;
    @Option(names = "--revert", description = "**Deprecated** Restore server state before resizeReplaced by the 'openstack server resize revert' and 'openstack server migration revert' commands")
    boolean revert;
    @Option(names = "--wait", description = "Wait for resize to complete")
    boolean await;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--flavor", "--confirm", "--revert"));
    }

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        String id = NovaFind.server(compute, server).path("id").asText();
        if (flavor != null && !flavor.isEmpty()) {
            ObjectNode action = Json.object();
            action.putObject("resize").put("flavorRef", NovaFind.flavor(compute, flavor).path("id").asText());
            compute.serverAction(id, action);
            if (await) {
                if (ServerWait.forStatus(inv, () -> compute.getServer(id), "active", "verify_resize")) {
                    inv.progress("Complete\n");
                } else {
                    inv.progress("Error resizing server\n");
                    // OSC 6.0 logs this and exits 0 (a bug fixed later): jos exits 1
                    throw new CommandException("Error resizing server: " + id);
                }
            }
        } else if (confirm) {
            inv.warn("The --confirm option has been deprecated. Please use the 'openstack server resize confirm' command instead.");
            compute.serverAction(id, ServerActions.bare("confirmResize"));
        } else if (revert) {
            inv.warn("The --revert option has been deprecated. Please use the 'openstack server resize revert' command instead.");
            compute.serverAction(id, ServerActions.bare("revertResize"));
        }
    }
}
