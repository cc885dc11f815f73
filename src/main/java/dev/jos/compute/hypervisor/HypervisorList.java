package dev.jos.compute.hypervisor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ListCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.output.Table;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;

/** OSC's ListHypervisor (novaclient): every hypervisor in detail, or those whose name holds --matching. */
public class HypervisorList extends ListCommand {
    @Option(names = "--matching", paramLabel = "<hostname>", description = "Filter hypervisors using <hostname> substring")
    String matching;
    @Option(names = "--marker", paramLabel = "<marker>",
            description = "The UUID of the last hypervisor of the previous page; displays list of hypervisors after "
                    + "'marker'. (supported with --os-compute-api-version 2.33 or above)")
    String marker;
    @Option(names = "--limit", paramLabel = "<limit>",
            description = "Maximum number of hypervisors to display. Note that there is a configurable max limit on the "
                    + "server, and the limit that is used will be the minimum of what is requested here and what is "
                    + "configured in the server. (supported with --os-compute-api-version 2.33 or above)")
    Integer limit;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longList;

    @Override
    protected Table list(Invocation inv) {
        // argparse values are tested for truth: an empty value or a limit of 0 is no option
        boolean hasMatching = matching != null && !matching.isEmpty();
        boolean hasMarker = marker != null && !marker.isEmpty();
        boolean hasLimit = limit != null && limit != 0;
        if (hasMatching && (hasMarker || hasLimit)) {
            throw new CommandException("--matching is not compatible with --marker or --limit");
        }
        ComputeApi compute = inv.compute();
        Map<String, String> query = new LinkedHashMap<>();
        if (hasMarker) {
            if (!compute.serverMicroversionAtLeast("2.33")) {
                throw new CommandException("--os-compute-api-version 2.33 or greater is required to support the --marker option");
            }
            query.put("marker", marker);
        }
        if (hasLimit) {
            if (!compute.serverMicroversionAtLeast("2.33")) {
                throw new CommandException("--os-compute-api-version 2.33 or greater is required to support the --limit option");
            }
            query.put("limit", limit.toString());
        }
        List<String> headers = new ArrayList<>(List.of("ID", "Hypervisor Hostname", "Hypervisor Type", "Host IP", "State"));
        if (longList) {
            headers.addAll(List.of("vCPUs Used", "vCPUs", "Memory MB Used", "Memory MB"));
        }
        List<ObjectNode> data = hasMatching ? compute.searchHypervisors(matching) : compute.hypervisors(query);
        List<List<Object>> rows = new ArrayList<>();
        for (ObjectNode h : data) {
            List<Object> row = new ArrayList<>();
            for (String header : headers) {
                // get_item_properties: the column's name lower-cased with underscores, '' when the hypervisor lacks it
                String key = header.toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
                row.add(h.has(key) ? JsonRows.value(h.get(key)) : "");
            }
            rows.add(row);
        }
        return new Table(headers, rows);
    }
}
