package dev.jos.compute.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ListCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.output.Table;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's ListServerEvent (novaclient's instance actions); a deleted server is asked for by its UUID. */
public class ServerEventList extends ListCommand {
    @Parameters(paramLabel = "<server>", description = "Server to list events (name or ID)")
    String server;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longListing;
    @Option(names = "--changes-since", paramLabel = "<changes-since>", description = "List only server events changed later or equal to a certain point of time. The provided time should be an ISO 8061 formatted time, e.g. ``2016-03-04T06:27:59Z``. (supported with --os-compute-api-version 2.58 or above)")
    String changesSince;
    @Option(names = "--changes-before", paramLabel = "<changes-before>", description = "List only server events changed earlier or equal to a certain point of time. The provided time should be an ISO 8061 formatted time, e.g. ``2016-03-04T06:27:59Z``. (supported with --os-compute-api-version 2.66 or above)")
    String changesBefore;
    @Option(names = "--marker", paramLabel = "MARKER", description = "The last server event ID of the previous page (supported by --os-compute-api-version 2.58 or above)")
    String marker;
    @Option(names = "--limit", paramLabel = "LIMIT", description = "Maximum number of server events to display (supported by --os-compute-api-version 2.58 or above)")
    Integer limit;

    private static void need(ComputeApi compute, String version, String option) {
        if (!compute.serverMicroversionAtLeast(version)) {
            throw new CommandException("--os-compute-api-version " + version + " or greater is required to support the " + option + " option");
        }
    }

    @Override
    protected Table list(Invocation inv) {
        ComputeApi compute = inv.compute();
        Map<String, String> query = new LinkedHashMap<>();
        if (marker != null && !marker.isEmpty()) {
            need(compute, "2.58", "--marker");
            query.put("marker", marker);
        }
        if (limit != null && limit != 0) {
            need(compute, "2.58", "--limit");
            query.put("limit", limit.toString());
        }
        if (changesSince != null && !changesSince.isEmpty()) {
            need(compute, "2.58", "--changes-since");
            if (!Iso8601.valid(changesSince)) {
                throw new CommandException("Invalid changes-since value: " + changesSince);
            }
            query.put("changes-since", changesSince);
        }
        if (changesBefore != null && !changesBefore.isEmpty()) {
            need(compute, "2.66", "--changes-before");
            if (!Iso8601.valid(changesBefore)) {
                throw new CommandException("Invalid changes-before value: " + changesBefore);
            }
            query.put("changes-before", changesBefore);
        }
        String id = serverId(compute, server);
        List<String> headers = new ArrayList<>(List.of("Request ID", "Server ID", "Action", "Start Time"));
        List<String> fields = new ArrayList<>(List.of("request_id", "instance_uuid", "action", "start_time"));
        if (longListing) {
            headers.addAll(List.of("Message", "Project ID", "User ID"));
            fields.addAll(List.of("message", "project_id", "user_id"));
        }
        return JsonRows.table(headers, fields, compute.serverEvents(id, new java.util.TreeMap<>(query)));
    }

    /** find_resource, or (for a deleted server) the argument itself when it is a UUID. */
    static String serverId(ComputeApi compute, String server) {
        try {
            return NovaFind.server(compute, server).path("id").asText();
        } catch (CommandException e) {
            if (dev.jos.image.ImageAddProject.uuidLike(server)) {
                return server;
            }
            throw e;
        }
    }
}
