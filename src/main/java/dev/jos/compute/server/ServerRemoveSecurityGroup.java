package dev.jos.compute.server;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import picocli.CommandLine.Parameters;

/** OSC's RemoveServerSecurityGroup: novaclient's find, OSC's compute API find of the group, then {"removeSecurityGroup": {"name": id}}. */
public class ServerRemoveSecurityGroup extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<server>", description = "Name or ID of server to use")
    String server;
    @Parameters(index = "1", paramLabel = "<group>", description = "Name or ID of security group to remove from server")
    String group;

    @Override
    protected void act(Invocation inv) {
        NovaSecurityGroups.act(inv, server, group, "removeSecurityGroup");
    }
}
