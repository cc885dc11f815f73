package dev.jos.compute.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ListCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.network.SdkValues;
import dev.jos.output.Table;
import picocli.CommandLine.Option;

/** OSC's ListService: openstacksdk's services(host=, binary=), so ids are UUIDs from microversion 2.53. */
public class ComputeServiceList extends ListCommand {
    @Option(names = "--host", paramLabel = "<host>", description = "List services on specified host (name only)")
    String host;
    @Option(names = "--service", paramLabel = "<service>",
            description = "List only specified service binaries (name only). For example, ``nova-compute``, "
                    + "``nova-conductor``, etc.")
    String service;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longList;

    @Override
    protected Table list(Invocation inv) {
        ComputeApi compute = inv.compute();
        List<String> headers = new ArrayList<>(List.of("ID", "Binary", "Host", "Zone", "Status", "State", "Updated At"));
        boolean forcedDown = false;
        if (longList) {
            headers.add("Disabled Reason");
            forcedDown = compute.sdkSupportsMicroversion("2.11");
            if (forcedDown) {
                headers.add("Forced Down");
            }
        }
        // the SDK leaves out a filter that is None
        Map<String, String> query = new LinkedHashMap<>();
        if (host != null) {
            query.put("host", host);
        }
        if (service != null) {
            query.put("binary", service);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ObjectNode s : compute.computeServices(query)) {
            List<Object> row = new ArrayList<>();
            row.add(SdkValues.raw(s, "id"));
            row.add(SdkValues.raw(s, "binary"));
            row.add(SdkValues.raw(s, "host"));
            row.add(SdkValues.raw(s, "zone"));
            row.add(SdkValues.raw(s, "status"));
            row.add(SdkValues.raw(s, "state"));
            row.add(SdkValues.raw(s, "updated_at"));
            if (longList) {
                row.add(SdkValues.raw(s, "disabled_reason"));
                if (forcedDown) {
                    row.add(SdkValues.bool(s, "forced_down", null));
                }
            }
            rows.add(row);
        }
        return new Table(headers, rows);
    }
}
