package dev.jos.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.KeyValues;
import dev.jos.cli.ListCommand;
import dev.jos.cli.SortItems;
import dev.jos.output.Table;
import picocli.CommandLine.Option;

/** OSC's ListImage over openstacksdk's images(): every page unless --limit, then filters and sort. */
public class ImageList extends ListCommand {
    @Option(names = "--public", description = "List only public images")
    boolean visPublic;
    @Option(names = "--private", description = "List only private images")
    boolean visPrivate;
    @Option(names = "--community", description = "List only community images")
    boolean visCommunity;
    @Option(names = "--shared", description = "List only shared images")
    boolean visShared;
    @Option(names = "--all", description = "List all images")
    boolean visAll;
    @Option(names = "--property", paramLabel = "<key=value>",
            description = "Filter output based on property (repeat option to filter on multiple properties)")
    List<String> properties = new ArrayList<>();
    @Option(names = "--name", paramLabel = "<name>", description = "Filter images based on name.")
    String name;
    @Option(names = "--status", paramLabel = "<status>", description = "Filter images based on status.")
    String status;
    @Option(names = "--member-status", paramLabel = "<member-status>", converter = ImageArgs.MemberStatus.class,
            description = "Filter images based on member status. The supported options are: accepted, pending, rejected, all. ")
    String memberStatus;
    @Option(names = "--project", paramLabel = "<project>", description = "Search by project (admin only) (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Option(names = "--tag", paramLabel = "<tag>", description = "Filter images based on tag. (repeat option to filter on multiple tags)")
    List<String> tags = new ArrayList<>();
    @Option(names = "--hidden", description = "List hidden images")
    boolean hidden;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longListing;
    @Option(names = "--page-size", paramLabel = "<size>", hidden = true)
    String pageSize;
    @Option(names = "--sort", paramLabel = "<key>[:<direction>]",
            description = "Sort output by selected keys and directions (asc or desc) (default: name:asc), multiple keys "
                    + "and directions can be specified separated by comma")
    String sort = "name:asc";
    @Option(names = "--limit", paramLabel = "<num-images>", converter = ImageArgs.Int.class,
            description = "Maximum number of images to display.")
    Long limit;
    @Option(names = "--marker", paramLabel = "<image>",
            description = "The last image of the previous page. Display list of images after marker. Display all images "
                    + "if not specified. (name or ID)")
    String marker;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--public", "--private", "--community", "--shared", "--all"));
    }

    @Override
    protected Table list(Invocation inv) {
        ImageApi api = inv.image();
        Map<String, String> filters = KeyValues.parse("--property", properties);
        String visibility = visPublic ? "public" : visPrivate ? "private" : visCommunity ? "community"
                : visShared ? "shared" : visAll ? "all" : null;
        String markerId = marker == null || marker.isEmpty() ? null : ImageArgs.findOrNone(api, marker).path("id").asText();
        String owner = project == null || project.isEmpty() ? null : ImageArgs.projectId(inv, project, projectDomain);
        // openstacksdk's query order: limit, marker, then Image's QueryParameters
        Map<String, String> query = new LinkedHashMap<>();
        boolean hasLimit = limit != null && limit != 0;
        if (hasLimit) {
            query.put("limit", String.valueOf(limit));
        }
        if (markerId != null) {
            query.put("marker", markerId);
        }
        if (name != null && !name.isEmpty()) {
            query.put("name", name);
        }
        if (visibility != null) {
            query.put("visibility", visibility);
        }
        if (memberStatus != null && !memberStatus.isEmpty()) {
            query.put("member_status", memberStatus);
        }
        if (owner != null) {
            query.put("owner", owner);
        }
        if (status != null && !status.isEmpty()) {
            query.put("status", status);
        }
        if (hidden) {
            query.put("os_hidden", "True");
        }
        List<ObjectNode> images = api.listImages(query, tags, !hasLimit);
        for (Map.Entry<String, String> f : filters.entrySet()) {
            images = simpleFilter(images, f.getKey(), f.getValue());
        }
        images = SortItems.sort(images, sort);
        List<List<Object>> rows = new ArrayList<>();
        for (ObjectNode image : images) {
            rows.add(ImageColumns.listRow(image, longListing));
        }
        return new Table(ImageColumns.headers(longListing), rows);
    }

    /**
     * osc_lib.api.utils.simple_filter with property_field='properties' over SDK images: a key
     * the Image has as an attribute (its Python name, None or not) is compared there, else among
     * its properties; only an equal string matches (True is not 'True').
     */
    private static List<ObjectNode> simpleFilter(List<ObjectNode> images, String attr, String value) {
        List<ObjectNode> out = new ArrayList<>();
        String original = ImageColumns.originalName(attr);
        for (ObjectNode image : images) {
            Map<String, Object> sdk = ImageColumns.sdkImage(image);
            Object v;
            if (original != null) {
                v = sdk.get(original);
            } else if (sdk.get("properties") instanceof Map<?, ?> props) {
                v = props.get(attr);
            } else {
                v = null;
            }
            if (v instanceof String s && !s.isEmpty() && s.equals(value)) {
                out.add(image);
            }
        }
        return out;
    }
}
