package dev.jos.compute.server;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's UnshelveServer (novaclient): only shelved servers are unshelved; --wait for each in turn. */
public class ServerUnshelve extends ActionCommand {
    @Parameters(paramLabel = "<server>", arity = "1..*", description = "Server(s) to unshelve (name or ID)")
    List<String> servers;
    @Option(names = "--availability-zone", paramLabel = "AVAILABILITY_ZONE", description = "Name of the availability zone in which to unshelve a SHELVED_OFFLOADED server (supported by --os-compute-api-version 2.77 or above)")
    String availabilityZone;
    @Option(names = "--wait", description = "Wait for unshelve operation to complete")
    boolean await;

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        ObjectNode action = ServerActions.bare("unshelve");
        if (availabilityZone != null && !availabilityZone.isEmpty()) {
            if (!compute.serverMicroversionAtLeast("2.77")) {
                throw new CommandException("--os-compute-api-version 2.77 or greater is required to support the --availability-zone option");
            }
            action = Json.object();
            action.putObject("unshelve").put("availability_zone", availabilityZone);
        }
        for (String s : servers) {
            ObjectNode found = NovaFind.server(compute, s);
            String status = found.path("status").asText("").toLowerCase(Locale.ROOT);
            if (!status.equals("shelved") && !status.equals("shelved_offloaded")) {
                continue;
            }
            String id = found.path("id").asText();
            compute.serverAction(id, action);
            if (await && !ServerWait.forStatus(inv, () -> compute.getServer(id), "active", "shutoff")) {
                inv.progress("Error unshelving server: " + id + "\n");
                // OSC 6.0 raises SystemExit here (exit 0); jos exits 1
                throw new CommandException("Error unshelving server " + id);
            }
        }
    }
}
