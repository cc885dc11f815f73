package dev.jos.compute.server;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.session.CommandException;
import picocli.CommandLine.Parameters;

/**
 * OSC's RemoveFixedIP. OSC 6.0 finds the server and then calls server.remove_fixed_ip, which
 * the novaclient it ships with no longer has (nova's removeFixedIp went with 2.44): the command
 * always fails with Python's AttributeError, whose text is the attribute's name. jos does the
 * same, so that scripts see what they see with OSC (`server remove network` or `port delete`
 * are the working ways).
 */
public class ServerRemoveFixedIp extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<server>", description = "Server to remove the fixed IP address from (name or ID)")
    String server;
    @Parameters(index = "1", paramLabel = "<ip-address>", description = "Fixed IP address to remove from the server (IP only)")
    String ipAddress;

    @Override
    protected void act(Invocation inv) {
        NovaFind.server(inv.compute(), server);
        throw new CommandException("remove_fixed_ip");
    }
}
