package dev.jos.identity.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ListCommand;
import dev.jos.identity.IdentityApi;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.output.Table;
import picocli.CommandLine.Option;

public class UserList extends ListCommand {
    private static final List<String> COLUMNS = List.of("ID", "Name");
    private static final List<String> LONG_HEADERS = List.of("ID", "Name", "Project", "Domain", "Description", "Email", "Enabled");
    private static final List<String> LONG_FIELDS = List.of("id", "name", "default_project_id", "domain_id", "description", "email", "enabled");

    @Option(names = "--domain", paramLabel = "<domain>", description = "Filter users by <domain> (name or ID)")
    String domain;
    @Option(names = "--group", paramLabel = "<group>", description = "Filter users by <group> membership (name or ID)")
    String group;
    @Option(names = "--project", paramLabel = "<project>", description = "Filter users by <project> (name or ID)")
    String project;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longListing;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--group", "--project"));
    }

    @Override
    protected Table list(Invocation inv) {
        IdentityApi identity = inv.identity();
        IdentityFinder finder = inv.identityFinder();
        String domainId = finder.domainId(domain);
        List<ObjectNode> users;
        if (project != null) {
            users = usersOfProject(identity, finder, domainId);
        } else {
            Map<String, String> query = new LinkedHashMap<>();
            if (domainId != null) {
                query.put("domain_id", domainId);
            }
            if (group != null) {
                String groupId = finder.findOrAssume(IdentityKind.GROUP, group, domain).path("id").asText();
                users = identity.list(List.of("groups", groupId, "users"), "users", query);
            } else {
                users = identity.list(IdentityKind.USER, query);
            }
        }
        // OSC's ListUser builds its columns as a Python list, which cliff's -c error shows
        Table table = longListing ? JsonRows.table(LONG_HEADERS, LONG_FIELDS, users)
                : JsonRows.table(COLUMNS, JsonRows.fieldsOf(COLUMNS), users);
        return table.withColumnsAsList();
    }

    /** OSC lists the project's role assignments and looks each distinct user up. */
    private List<ObjectNode> usersOfProject(IdentityApi identity, IdentityFinder finder, String domainId) {
        String projectId = finder.find(IdentityKind.PROJECT, project, domainId).path("id").asText();
        Set<String> userIds = new LinkedHashSet<>();
        for (ObjectNode a : identity.list(List.of("role_assignments"), "role_assignments", Map.of("scope.project.id", projectId))) {
            JsonNode user = a.get("user");
            if (user != null) {
                userIds.add(user.path("id").asText());
            }
        }
        List<ObjectNode> users = new ArrayList<>();
        for (String id : userIds) {
            users.add(finder.find(IdentityKind.USER, id, null));
        }
        return users;
    }
}
