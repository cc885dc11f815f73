package dev.jos.compute.server;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.output.Record;
import picocli.CommandLine.Parameters;

/** OSC's ShowServerEvent: the instance action's keys sorted, events as Python prints the list. */
public class ServerEventShow extends ShowCommand {
    @Parameters(index = "0", paramLabel = "<server>", description = "Server to show event details (name or ID)")
    String server;
    @Parameters(index = "1", paramLabel = "<request-id>", description = "Request ID of the event to show (ID only)")
    String requestId;

    @Override
    protected Record show(Invocation inv) {
        ComputeApi compute = inv.compute();
        return JsonRows.sortedRecord(compute.serverEvent(ServerEventList.serverId(compute, server), requestId));
    }
}
