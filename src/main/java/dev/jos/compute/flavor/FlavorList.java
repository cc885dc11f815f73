package dev.jos.compute.flavor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ListCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.output.Table;
import picocli.CommandLine.Option;

/** OSC's ListFlavor (openstacksdk): every page unless --limit/--marker asks for one. */
public class FlavorList extends ListCommand {
    @Option(names = "--public", description = "List only public flavors (default)")
    boolean publicOnly;
    @Option(names = "--private", description = "List only private flavors")
    boolean privateOnly;
    @Option(names = "--all", description = "List all flavors, whether public or private")
    boolean all;
    @Option(names = "--min-disk", paramLabel = "<min-disk>", description = "Filters the flavors by a minimum disk space, in GiB.")
    Integer minDisk;
    @Option(names = "--min-ram", paramLabel = "<min-ram>", description = "Filters the flavors by a minimum RAM, in MiB.")
    Integer minRam;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longListing;
    @Option(names = "--marker", paramLabel = "<flavor-id>", description = "The last flavor ID of the previous page")
    String marker;
    @Option(names = "--limit", paramLabel = "<num-flavors>", description = "Maximum number of flavors to display. This is also configurable on the server. The actual limit used will be the lower of the user-supplied value and the server configuration-supplied value")
    Integer limit;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--public", "--private", "--all"));
    }

    @Override
    protected Table list(Invocation inv) {
        ComputeApi compute = inv.compute();
        Map<String, String> query = new LinkedHashMap<>();
        // openstacksdk sends the ternary is_public as Python prints it: True, False or None (all)
        query.put("is_public", all ? "None" : privateOnly ? "False" : "True");
        if (marker != null) {
            query.put("marker", marker);
        }
        if (limit != null && limit != 0) {
            query.put("limit", String.valueOf(limit));
        }
        if (minDisk != null && minDisk != 0) {
            query.put("minDisk", String.valueOf(minDisk));
        }
        if (minRam != null && minRam != 0) {
            query.put("minRam", String.valueOf(minRam));
        }
        boolean allPages = marker == null && (limit == null || limit == 0);
        List<List<Object>> rows = new ArrayList<>();
        compute.listFlavors(query, allPages, f -> rows.add(row(compute, f)));
        return new Table(longListing ? FlavorColumns.LONG_LIST_HEADERS : FlavorColumns.LIST_HEADERS, rows);
    }

    private List<Object> row(ComputeApi compute, ObjectNode f) {
        Map<String, Object> flavor = FlavorColumns.sdkFlavor(f);
        if (longListing && !f.has("extra_specs")) {
            // before microversion 2.61 nova leaves the extra specs out of the flavor
            flavor.put("extra_specs", new LinkedHashMap<>(compute.flavorExtraSpecs(f.path("id").asText())));
        }
        return FlavorColumns.listRow(flavor, longListing);
    }
}
