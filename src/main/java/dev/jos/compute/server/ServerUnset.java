package dev.jos.compute.server;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's UnsetServer (novaclient): properties, then the description (2.19), then tags (2.26). */
public class ServerUnset extends ActionCommand {
    @Parameters(paramLabel = "<server>", description = "Server (name or ID)")
    String server;
    @Option(names = "--property", paramLabel = "<key>", description = "Property key to remove from server (repeat option to remove multiple values)")
    List<String> properties = new ArrayList<>();
    @Option(names = "--description", description = "Unset server description (supported by --os-compute-api-version 2.19 or above)")
    boolean description;
    @Option(names = "--tag", paramLabel = "<tag>", description = "Tag to remove from the server. Specify multiple times to remove multiple tags. (supported by --os-compute-api-version 2.26 or above)")
    List<String> tags = new ArrayList<>();

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        String id = NovaFind.server(compute, server).path("id").asText();
        for (String key : properties) {
            compute.deleteServerMetadata(id, key);
        }
        if (description) {
            if (!compute.serverMicroversionAtLeast("2.19")) {
                throw new CommandException("Description is not supported for --os-compute-api-version less than 2.19");
            }
            // novaclient sends an emptied description as null
            ObjectNode body = Json.object();
            body.putObject("server").putNull("description");
            compute.updateServer(id, body);
        }
        if (!tags.isEmpty()) {
            if (!compute.serverMicroversionAtLeast("2.26")) {
                throw new CommandException("--os-compute-api-version 2.26 or greater is required to support the --tag option");
            }
            for (String tag : tags) {
                compute.deleteServerTag(id, tag);
            }
        }
    }
}
