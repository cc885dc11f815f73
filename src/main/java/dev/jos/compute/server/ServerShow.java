package dev.jos.compute.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.output.Record;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's ShowServer: find_resource, then _prep_server_detail of what it found (no second GET). */
public class ServerShow extends ShowCommand {
    @Parameters(paramLabel = "<server>", description = "Server (name or ID)")
    String server;
    @Option(names = "--diagnostics", description = "Display server diagnostics information")
    boolean diagnostics;
    @Option(names = "--topology", description = "Include topology information in the output (supported by --os-compute-api-version 2.78 or above)")
    boolean topology;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--diagnostics", "--topology"));
    }

    @Override
    protected Record show(Invocation inv) {
        ComputeApi compute = inv.compute();
        ObjectNode found = NovaFind.server(compute, server);
        if (diagnostics) {
            // zip(*sorted(data.items())): nova's keys and values as they are
            Map<String, Object> data = new LinkedHashMap<>();
            compute.serverDiagnostics(found.path("id").asText()).fields()
                    .forEachRemaining(e -> data.put(e.getKey(), JsonRows.value(e.getValue())));
            return Record.fromMap(data);
        }
        if (topology) {
            if (!compute.serverMicroversionAtLeast("2.78")) {
                throw new CommandException("--os-compute-api-version 2.78 or greater is required to support the --topology option");
            }
            throw new CommandException("jos does not support server show --topology yet");
        }
        return ServerDetail.record(compute, inv.image(), found, false);
    }
}
