package dev.jos.identity.role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ListCommand;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.output.Table;
import dev.jos.session.AuthToken;
import picocli.CommandLine.Option;

public class RoleAssignmentList extends ListCommand {
    private static final List<String> COLUMNS = List.of("Role", "User", "Group", "Project", "Domain", "System", "Inherited");

    @Option(names = "--effective", description = "Returns only effective role assignments")
    boolean effective;
    @Option(names = "--role", paramLabel = "<role>", description = "Role to filter (name or ID)")
    String role;
    @Option(names = "--role-domain", paramLabel = "<role-domain>", description = "Domain the role belongs to (name or ID). This must be specified when the name of a domain specific role is used.")
    String roleDomain;
    @Option(names = "--names", description = "Display names instead of IDs")
    boolean names;
    @Option(names = "--user", paramLabel = "<user>", description = "User to filter (name or ID)")
    String user;
    @Option(names = "--user-domain", paramLabel = "<user-domain>", description = "Domain the user belongs to (name or ID). This can be used in case collisions between user names exist.")
    String userDomain;
    @Option(names = "--group", paramLabel = "<group>", description = "Group to filter (name or ID)")
    String group;
    @Option(names = "--group-domain", paramLabel = "<group-domain>", description = "Domain the group belongs to (name or ID). This can be used in case collisions between group names exist.")
    String groupDomain;
    @Option(names = "--domain", paramLabel = "<domain>", description = "Domain to filter (name or ID)")
    String domain;
    @Option(names = "--project", paramLabel = "<project>", description = "Project to filter (name or ID)")
    String project;
    @Option(names = "--system", paramLabel = "<system>", description = "Filter based on system role assignments")
    String system;
    @Option(names = "--project-domain", paramLabel = "<project-domain>", description = "Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.")
    String projectDomain;
    @Option(names = "--inherited", description = "Specifies if the role grant is inheritable to the sub projects")
    boolean inherited;
    @Option(names = "--auth-user", description = "Only list assignments for the authenticated user")
    boolean authUser;
    @Option(names = "--auth-project", description = "Only list assignments for the project to which the authenticated user's token is scoped")
    boolean authProject;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--domain", "--project", "--system"));
    }

    @Override
    protected Table list(Invocation inv) {
        IdentityFinder finder = inv.identityFinder();
        AuthToken token = inv.identity().token();
        Map<String, String> query = new LinkedHashMap<>();
        String roleId = role == null ? null : finder.find(IdentityKind.ROLE, role, finder.domainId(roleDomain)).path("id").asText();
        String userId = null;
        if (user != null) {
            userId = finder.findOrAssume(IdentityKind.USER, user, userDomain).path("id").asText();
        } else if (authUser) {
            userId = finder.findOrAssume(IdentityKind.USER, token.userId(), null).path("id").asText();
        }
        String domainId = finder.domainId(domain);
        String projectId = null;
        if (project != null) {
            projectId = finder.findOrAssume(IdentityKind.PROJECT, finder.fromToken("project", project, null), projectDomain).path("id").asText();
        } else if (authProject) {
            projectId = finder.findOrAssume(IdentityKind.PROJECT, token.projectId(), null).path("id").asText();
        }
        String groupId = group == null ? null : finder.findOrAssume(IdentityKind.GROUP, group, groupDomain).path("id").asText();
        // keystoneclient's RoleAssignmentManager.list builds the query in this order
        putIfSet(query, "user.id", userId);
        putIfSet(query, "group.id", groupId);
        putIfSet(query, "scope.project.id", projectId);
        putIfSet(query, "scope.domain.id", domainId);
        putIfSet(query, "scope.system", system);
        putIfSet(query, "role.id", roleId);
        if (effective) {
            query.put("effective", "True");
        }
        if (names) {
            query.put("include_names", "True");
        }
        if (inherited) {
            query.put("scope.OS-INHERIT:inherited_to", "projects");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ObjectNode a : inv.identity().list(List.of("role_assignments"), "role_assignments", query)) {
            rows.add(row(a));
        }
        return new Table(COLUMNS, rows);
    }

    /** The row OSC builds from one assignment, names as "name@domain" with --names. */
    private List<Object> row(ObjectNode a) {
        JsonNode scope = a.path("scope");
        String projectCol = "";
        String domainCol = "";
        String systemCol = "";
        if (scope.has("project")) {
            projectCol = names ? withDomain(scope.get("project")) : scope.get("project").path("id").asText();
        } else if (scope.has("domain")) {
            domainCol = names ? scope.get("domain").path("name").asText() : scope.get("domain").path("id").asText();
        } else if (scope.has("system")) {
            systemCol = "all";
        }
        boolean inheritedCol = "projects".equals(scope.path("OS-INHERIT:inherited_to").asText(null));
        String userCol = "";
        String groupCol = "";
        if (a.has("user")) {
            userCol = names ? withDomain(a.get("user")) : a.get("user").path("id").asText();
        } else if (a.has("group")) {
            groupCol = names ? withDomain(a.get("group")) : a.get("group").path("id").asText();
        }
        String roleCol = "";
        if (a.has("role")) {
            roleCol = names ? a.get("role").path("name").asText() : a.get("role").path("id").asText();
        }
        List<Object> row = new ArrayList<>();
        row.add(roleCol);
        row.add(userCol);
        row.add(groupCol);
        row.add(projectCol);
        row.add(domainCol);
        row.add(systemCol);
        row.add(inheritedCol);
        return row;
    }

    private static String withDomain(JsonNode n) {
        return n.path("name").asText() + "@" + n.path("domain").path("name").asText();
    }

    private static void putIfSet(Map<String, String> q, String key, String value) {
        if (value != null) {
            q.put(key, value);
        }
    }
}
