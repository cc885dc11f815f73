package dev.jos.compute.console;

import java.util.List;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.output.Record;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's ShowConsoleURL (openstacksdk's create_console): the console's keys but id, links, location and name. */
public class ConsoleUrlShow extends ShowCommand {
    @Parameters(paramLabel = "<server>", description = "Server to show URL (name or ID)")
    String server;
    @Option(names = "--novnc", description = "Show noVNC console URL (default)")
    boolean novnc;
    @Option(names = "--xvpvnc", description = "Show xvpvnc console URL")
    boolean xvpvnc;
    @Option(names = "--spice", description = "Show SPICE console URL")
    boolean spice;
    @Option(names = "--rdp", description = "Show RDP console URL")
    boolean rdp;
    @Option(names = "--serial", description = "Show serial console URL")
    boolean serial;
    @Option(names = "--mks", description = "Show WebMKS console URL")
    boolean mks;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--novnc", "--xvpvnc", "--spice", "--rdp", "--serial", "--mks"));
    }

    private String type() {
        return xvpvnc ? "xvpvnc" : spice ? "spice-html5" : rdp ? "rdp-html5" : serial ? "serial" : mks ? "webmks" : "novnc";
    }

    @Override
    protected Record show(Invocation inv) {
        ComputeApi compute = inv.compute();
        String id = compute.sdkFindServer(server).path("id").asText();
        return JsonRows.sortedRecord(compute.createConsole(id, type()), "id", "links", "location", "name");
    }
}
