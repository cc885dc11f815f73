package dev.jos.compute.server;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's ShelveServer (novaclient): shelve each server not shelved yet, then (--wait or
 * --offload) wait, offload, wait. As in OSC 6.0 the waits poll the last server found.
 */
public class ServerShelve extends ActionCommand {
    @Parameters(paramLabel = "<server>", arity = "1..*", description = "Server(s) to shelve (name or ID)")
    List<String> servers;
    @Option(names = "--offload", description = "Remove the shelved server(s) from the host (admin only). Invoking this option on an unshelved server(s) will result in the server being shelved first")
    boolean offload;
    @Option(names = "--wait", description = "Wait for shelve and/or offload operation to complete")
    boolean await;

    private static String status(ObjectNode server) {
        return server.path("status").asText("").toLowerCase(Locale.ROOT);
    }

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        String last = null;
        for (String s : servers) {
            ObjectNode found = NovaFind.server(compute, s);
            last = found.path("id").asText();
            if (status(found).equals("shelved") || status(found).equals("shelved_offloaded")) {
                continue;
            }
            compute.serverAction(last, ServerActions.bare("shelve"));
        }
        if (!await && !offload) {
            return;
        }
        String polled = last;
        for (int i = 0; i < servers.size(); i++) {
            if (!ServerWait.forStatus(inv, () -> compute.getServer(polled), "shelved", "shelved_offloaded")) {
                inv.progress("Error shelving server: " + polled + "\n");
                // OSC 6.0 raises SystemExit here (exit 0); jos exits 1
                throw new CommandException("Error shelving server: " + polled);
            }
        }
        if (!offload) {
            return;
        }
        for (String s : servers) {
            ObjectNode found = NovaFind.server(compute, s);
            if (status(found).equals("shelved_offloaded")) {
                continue;
            }
            compute.serverAction(found.path("id").asText(), ServerActions.bare("shelveOffload"));
        }
        if (!await) {
            return;
        }
        for (int i = 0; i < servers.size(); i++) {
            if (!ServerWait.forStatus(inv, () -> compute.getServer(polled), "shelved_offloaded")) {
                inv.progress("Error offloading shelved server: " + polled + "\n");
                throw new CommandException("Error offloading shelved server " + polled);
            }
        }
    }
}
