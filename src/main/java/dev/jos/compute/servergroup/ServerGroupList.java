package dev.jos.compute.servergroup;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.jos.cli.Invocation;
import dev.jos.cli.ListCommand;
import dev.jos.output.Table;
import picocli.CommandLine.Option;

/** OSC's ListServerGroup (openstacksdk's server_groups). */
public class ServerGroupList extends ListCommand {
    @Option(names = "--all-projects", description = "Display information from all projects (admin only)")
    boolean allProjects;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longListing;
    @Option(names = "--offset", paramLabel = "<offset>", description = "Index from which to start listing servers. This should typically be a factor of --limit. Display all servers groups if not specified.")
    Integer offset;
    @Option(names = "--limit", paramLabel = "<limit>", description = "Maximum number of server groups to display. If limit is greater than 'osapi_max_limit' option of Nova API, 'osapi_max_limit' will be used instead.")
    Integer limit;

    @Override
    protected Table list(Invocation inv) {
        Map<String, String> query = new LinkedHashMap<>();
        if (allProjects) {
            query.put("all_projects", "True");
        }
        if (offset != null && offset != 0) {
            query.put("offset", offset.toString());
        }
        if (limit != null && limit != 0) {
            query.put("limit", limit.toString());
        }
        return ServerGroupColumns.table(inv.compute(), inv.compute().listServerGroups(query), longListing);
    }
}
