package dev.jos.compute.server;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.json.Json;
import picocli.CommandLine.Parameters;

/** OSC's RemoveServerSecurityGroup: novaclient's find, OSC's compute API find of the group, then {"removeSecurityGroup": {"name": id}}. */
public class ServerRemoveSecurityGroup extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<server>", description = "Server (name or ID)")
    String server;
    @Parameters(index = "1", paramLabel = "<group>", description = "Security group to remove (name or ID)")
    String group;

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        String id = NovaFind.server(compute, server).path("id").asText();
        ObjectNode action = Json.object();
        action.putObject("removeSecurityGroup").put("name", NovaSecurityGroups.findId(compute, group));
        compute.serverAction(id, action);
    }
}
