package dev.jos.compute.flavor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    @Option(names = "--min-disk", paramLabel = "<min-disk>", converter = ArgTypes.Int.class,
            description = "Filters the flavors by a minimum disk space, in GiB.")
    Long minDisk;
    @Option(names = "--min-ram", paramLabel = "<min-ram>", converter = ArgTypes.Int.class,
            description = "Filters the flavors by a minimum RAM, in MiB.")
    Long minRam;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longListing;
    @Option(names = "--marker", paramLabel = "<flavor-id>", description = "The last flavor ID of the previous page")
    String marker;
    @Option(names = "--limit", paramLabel = "<num-flavors>", converter = ArgTypes.Int.class,
            description = "Maximum number of flavors to display. This is also configurable on the server. The actual "
                    + "limit used will be the lower of the user-supplied value and the server configuration-derived value")
    Long limit;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--public", "--private", "--all"));
    }

    @Override
    protected Table list(Invocation inv) {
        ComputeApi compute = inv.compute();
        boolean hasMarker = marker != null && !marker.isEmpty();
        boolean hasLimit = limit != null && limit != 0;
        // in openstacksdk's order (its QueryParameters: limit, marker, then Flavor's own)
        Map<String, String> query = new LinkedHashMap<>();
        if (hasLimit) {
            query.put("limit", String.valueOf(limit));
        }
        if (hasMarker) {
            query.put("marker", marker);
        }
        // the ternary is_public as Python prints it: True, False or None (all)
        query.put("is_public", all ? "None" : privateOnly ? "False" : "True");
        if (minDisk != null && minDisk != 0) {
            query.put("minDisk", String.valueOf(minDisk));
        }
        if (minRam != null && minRam != 0) {
            query.put("minRam", String.valueOf(minRam));
        }
        // OSC reads every flavor first, then fetches the extra specs of each whose came back
        // empty (a policy may withhold them even at 2.61): the same requests, in the same order
        List<Map<String, Object>> flavors = new ArrayList<>();
        compute.listFlavors(query, !hasMarker && !hasLimit, f -> flavors.add(FlavorColumns.sdkFlavor(f)));
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> flavor : flavors) {
            if (!FlavorColumns.hasExtraSpecs(flavor)) {
                flavor.put("extra_specs", new LinkedHashMap<String, Object>(compute.flavorExtraSpecs((String) flavor.get("id"))));
            }
            rows.add(FlavorColumns.listRow(flavor, longListing));
        }
        return new Table(FlavorColumns.headers(longListing), rows);
    }
}
