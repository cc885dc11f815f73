package dev.jos.compute.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's AddPort (openstacksdk): the server, the port through neutron, then an interface on it. */
public class ServerAddPort extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<server>", description = "Server to add the port to (name or ID)")
    String server;
    @Parameters(index = "1", paramLabel = "<port>", description = "Port to add to the server (name or ID)")
    String port;
    @Option(names = "--tag", paramLabel = "<tag>", description = "Tag for the attached interface. (Supported by API versions '2.49' - '2.latest')")
    String tag;

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        String id = compute.sdkFindServer(server).path("id").asText();
        ObjectNode attachment = Json.object();
        attachment.put("port_id", inv.network().findPort(port).path("id").asText());
        if (tag != null && !tag.isEmpty()) {
            if (!compute.sdkSupports("2.49")) {
                throw new CommandException("--os-compute-api-version 2.49 or greater is required to support the --tag option");
            }
            attachment.put("tag", tag);
        }
        compute.createServerInterface(id, attachment);
    }
}
