package dev.jos.identity.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ListCommand;
import dev.jos.identity.IdentityApi;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.cli.SortItems;
import dev.jos.output.Table;
import dev.jos.session.ApiException;
import picocli.CommandLine.Option;

public class ProjectList extends ListCommand {
    private static final List<String> COLUMNS = List.of("ID", "Name");
    private static final List<String> LONG_COLUMNS = List.of("ID", "Name", "Domain ID", "Description", "Enabled");

    @Option(names = "--domain", paramLabel = "<domain>", description = "Filter projects by <domain> (name or ID)")
    String domain;
    @Option(names = "--parent", paramLabel = "<parent>", description = "Filter projects whose parent is <parent> (name or ID)")
    String parent;
    @Option(names = "--user", paramLabel = "<user>", description = "Filter projects by <user> (name or ID)")
    String user;
    @Option(names = "--my-projects", description = "List projects for the authenticated user. Supersedes other filters.")
    boolean myProjects;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longListing;
    @Option(names = "--sort", paramLabel = "<key>[:<direction>]", description = "Sort output by selected keys and directions (asc or desc) (default: asc), repeat this option to specify multiple keys and directions.")
    String sort;
    @Option(names = "--tags", paramLabel = "<tag>[,<tag>,...]", description = "List projects which have all given tag(s) (Comma-separated list of tags)")
    String tags;
    @Option(names = "--tags-any", paramLabel = "<tag>[,<tag>,...]", description = "List projects which have any given tag(s) (Comma-separated list of tags)")
    String tagsAny;
    @Option(names = "--not-tags", paramLabel = "<tag>[,<tag>,...]", description = "Exclude projects which have all given tag(s) (Comma-separated list of tags)")
    String notTags;
    @Option(names = "--not-tags-any", paramLabel = "<tag>[,<tag>,...]", description = "Exclude projects which have any given tag(s) (Comma-separated list of tags)")
    String notTagsAny;

    @Override
    protected Table list(Invocation inv) {
        IdentityApi identity = inv.identity();
        IdentityFinder finder = inv.identityFinder();
        Map<String, String> query = new LinkedHashMap<>();
        String userId = null;
        String domainId = null;
        if (domain != null) {
            domainId = finder.domainId(domain);
            query.put("domain_id", domainId);
        }
        if (parent != null) {
            query.put("parent_id", finder.findOrAssume(IdentityKind.PROJECT, parent, null).path("id").asText());
        }
        if (user != null) {
            userId = finder.find(IdentityKind.USER, user, domainId).path("id").asText();
        }
        putIfSet(query, "tags", tags);
        putIfSet(query, "tags-any", tagsAny);
        putIfSet(query, "not-tags", notTags);
        putIfSet(query, "not-tags-any", notTagsAny);
        if (myProjects) {
            query.clear();
            userId = identity.token().userId();
        }
        List<ObjectNode> projects;
        try {
            projects = listProjects(identity, userId, query);
        } catch (ApiException e) {
            // a non-admin may not list all projects; OSC then lists the user's own
            if (!e.isForbidden() || userId != null || !query.isEmpty()) {
                throw e;
            }
            projects = listProjects(identity, identity.token().userId(), query);
        }
        if (sort != null) {
            projects = SortItems.sort(projects, sort);
        }
        List<String> columns = longListing ? LONG_COLUMNS : COLUMNS;
        return JsonRows.table(columns, JsonRows.fieldsOf(columns), projects);
    }

    private static List<ObjectNode> listProjects(IdentityApi identity, String userId, Map<String, String> query) {
        if (userId != null) {
            return identity.list(List.of("users", userId, "projects"), "projects", query);
        }
        return identity.list(IdentityKind.PROJECT, query);
    }

    private static void putIfSet(Map<String, String> q, String key, String value) {
        if (value != null) {
            q.put(key, value);
        }
    }
}
