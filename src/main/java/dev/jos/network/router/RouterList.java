package dev.jos.network.router;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ListCommand;
import dev.jos.identity.IdentityKind;
import dev.jos.network.FlagColumn;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.SdkValues;
import dev.jos.network.Tags;
import dev.jos.output.ListColumn;
import dev.jos.output.Table;
import picocli.CommandLine.Option;

/**
 * OSC's ListRouter: the SDK's query (name, project, admin state, tags), every page; Distributed
 * and HA columns when a listed router has them (neutron tells admins), --long's columns with
 * Availability zones when neutron has router_availability_zone.
 */
public class RouterList extends ListCommand {
    @Option(names = "--name", paramLabel = "<name>", description = "List routers according to their name")
    String name;
    @Option(names = "--enable", description = "List enabled routers")
    boolean enable;
    @Option(names = "--disable", description = "List disabled routers")
    boolean disable;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longListing;
    @Option(names = "--project", paramLabel = "<project>", description = "List routers according to their project (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Option(names = "--agent", paramLabel = "<agent-id>", description = "List routers hosted by an agent (ID only)")
    String agent;
    @Option(names = "--tags", paramLabel = "<tag>[,<tag>,...]",
            description = "List routers which have all given tag(s) (Comma-separated list of tags)")
    String tags;
    @Option(names = "--any-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "List routers which have any given tag(s) (Comma-separated list of tags)")
    String anyTags;
    @Option(names = "--not-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "Exclude routers which have all given tag(s) (Comma-separated list of tags)")
    String notTags;
    @Option(names = "--not-any-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "Exclude routers which have any given tag(s) (Comma-separated list of tags)")
    String notAnyTags;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--enable", "--disable"));
    }

    private static boolean present(ObjectNode r, String key) {
        JsonNode n = r.get(key);
        return n != null && !n.isNull();
    }

    /**
     * OSC's _filter_match: neutron does not filter an agent's routers, so OSC compares the
     * SDK router's attributes with its query: name, is_admin_state_up, project_id and tags (a list
     * never equals the comma-joined string, so --tags matches nothing); the other keys are no
     * attributes of the SDK's Router and are skipped.
     */
    private boolean hostedMatch(ObjectNode r, Map<String, String> query) {
        if (query.containsKey("name") && !query.get("name").equals(r.path("name").asText(null))) {
            return false;
        }
        if ((enable || disable) && !Boolean.valueOf(enable).equals(SdkValues.bool(r, "admin_state_up", null))) {
            return false;
        }
        Object projectId = r.has("project_id") ? SdkValues.raw(r, "project_id") : SdkValues.raw(r, "tenant_id");
        if (query.containsKey("project_id") && !query.get("project_id").equals(projectId)) {
            return false;
        }
        return tags == null;
    }

    @Override
    protected Table list(Invocation inv) {
        NetworkApi api = inv.network();
        // in the order of the SDK's Router._query_mapping
        Map<String, String> query = new LinkedHashMap<>();
        if (name != null) {
            query.put("name", name);
        }
        if (project != null && !project.isEmpty()) {
            query.put("project_id", inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain)
                    .path("id").asText());
        }
        if (enable || disable) {
            query.put("admin_state_up", enable ? "True" : "False");
        }
        Tags.filters(query, Tags.split(tags), Tags.split(anyTags), Tags.split(notTags), Tags.split(notAnyTags));
        List<ObjectNode> routers = new ArrayList<>();
        if (agent != null) {
            api.agentHosted(true, api.getAgent(agent).path("id").asText(), r -> {
                if (hostedMatch(r, query)) {
                    routers.add(r);
                }
            });
        } else {
            api.list(Neutron.ROUTER, query, routers::add);
        }

        List<String> columns = new ArrayList<>(List.of("id", "name", "status", "admin_state_up", "project_id"));
        List<String> headers = new ArrayList<>(List.of("ID", "Name", "Status", "State", "Project"));
        for (ObjectNode r : routers) {
            if (present(r, "distributed") && !columns.contains("distributed")) {
                columns.add("distributed");
                headers.add("Distributed");
            }
            if (present(r, "ha") && !columns.contains("ha")) {
                columns.add("ha");
                headers.add("HA");
            }
        }
        if (longListing) {
            columns.addAll(List.of("routes", "external_gateway_info"));
            headers.addAll(List.of("Routes", "External gateway info"));
            if (api.hasExtension("router_availability_zone")) {
                columns.add("availability_zones");
                headers.add("Availability zones");
            }
            columns.add("tags");
            headers.add("Tags");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ObjectNode r : routers) {
            List<Object> row = new ArrayList<>();
            for (String c : columns) {
                row.add(switch (c) {
                    case "admin_state_up" -> FlagColumn.adminState(SdkValues.bool(r, c, null));
                    case "project_id" -> r.has("project_id") ? SdkValues.raw(r, c) : SdkValues.raw(r, "tenant_id");
                    case "distributed", "ha" -> SdkValues.bool(r, c, null);
                    case "routes" -> new dev.jos.network.RoutesColumn(SdkValues.list(r, c, null));
                    case "external_gateway_info" -> new RouterColumns.Info(SdkValues.raw(r, c));
                    case "availability_zones" -> new ListColumn(SdkValues.list(r, c, null) instanceof List<?> l ? l : null);
                    case "tags" -> new ListColumn((List<?>) SdkValues.list(r, c, new ArrayList<>()));
                    default -> SdkValues.raw(r, c);
                });
            }
            rows.add(row);
        }
        return new Table(headers, rows);
    }
}
