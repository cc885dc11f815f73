package dev.jos.compute.server;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import picocli.CommandLine.Parameters;

/** OSC's AddServerSecurityGroup: novaclient's find, OSC's compute API find of the group, then {"addSecurityGroup": {"name": id}}. */
public class ServerAddSecurityGroup extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<server>", description = "Server (name or ID)")
    String server;
    @Parameters(index = "1", paramLabel = "<group>", description = "Security group to add (name or ID)")
    String group;

    @Override
    protected void act(Invocation inv) {
        NovaSecurityGroups.act(inv, server, group, "addSecurityGroup");
    }
}
