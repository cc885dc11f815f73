package dev.jos.network.port;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.network.Neutron;
import dev.jos.output.Record;
import picocli.CommandLine.Parameters;

/** OSC's ShowPort: openstacksdk's find; its errors as the SDK words them (a plain ShowOne). */
public class PortShow extends ShowCommand {
    @Parameters(paramLabel = "<port>", description = "Port to display (name or ID)")
    String port;

    @Override
    protected Record show(Invocation inv) {
        return PortColumns.record(inv.network().find(Neutron.PORT, port));
    }
}
