package dev.jos.compute.servergroup;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.output.Record;
import picocli.CommandLine.Parameters;

/** OSC's ShowServerGroup (openstacksdk). */
public class ServerGroupShow extends ShowCommand {
    @Parameters(paramLabel = "<server-group>", description = "server group to display (name or ID)")
    String group;

    @Override
    protected Record show(Invocation inv) {
        return ServerGroupColumns.record(inv.compute(), ServerGroupColumns.find(inv, group, "keys"));
    }
}
