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

/** OSC's RebootServer (novaclient): one server, soft unless --hard, and --wait until ACTIVE. */
public class ServerReboot extends ActionCommand {
    @Parameters(paramLabel = "<server>", description = "Server (name or ID)")
    String server;
    @Option(names = "--hard", description = "Perform a hard reboot")
    boolean hard;
    @Option(names = "--soft", description = "Perform a soft reboot")
    boolean soft;
    @Option(names = "--wait", description = "Wait for reboot to complete")
    boolean await;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--hard", "--soft"));
    }

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        String id = NovaFind.server(compute, server).path("id").asText();
        ObjectNode action = Json.object();
        action.putObject("reboot").put("type", hard ? "HARD" : "SOFT");
        compute.serverAction(id, action);
        if (await) {
            if (ServerWait.forStatus(inv, () -> compute.getServer(id), "active")) {
                inv.progress("Complete\n");
            } else {
                inv.progress("Error rebooting server\n");
                // OSC 6.0 logs this and exits 0 (a bug fixed later): jos exits 1
                throw new CommandException("Error rebooting server: " + id);
            }
        }
    }
}
