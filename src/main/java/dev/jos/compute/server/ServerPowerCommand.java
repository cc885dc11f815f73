package dev.jos.compute.server;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's StartServer and StopServer (novaclient): each server found, then its action, in order. */
abstract class ServerPowerCommand extends ActionCommand {
    @Parameters(paramLabel = "<server>", arity = "1..*")
    List<String> servers;
    @Option(names = "--all-projects")
    Boolean allProjects;

    /** The action key nova takes, e.g. "os-start". */
    abstract String action();

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        boolean all = AllProjects.effective(allProjects, inv);
        for (String s : servers) {
            String id = NovaFind.server(compute, s, all).path("id").asText();
            com.fasterxml.jackson.databind.node.ObjectNode body = Json.object();
            body.putNull(action());
            compute.serverAction(id, body);
        }
    }
}
