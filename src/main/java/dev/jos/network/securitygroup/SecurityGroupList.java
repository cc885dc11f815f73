package dev.jos.network.securitygroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.jos.cli.Invocation;
import dev.jos.cli.ListCommand;
import dev.jos.identity.IdentityKind;
import dev.jos.network.Neutron;
import dev.jos.network.Tags;
import dev.jos.output.Table;
import picocli.CommandLine.Option;

/** OSC's ListSecurityGroup over neutron: the SDK's query (fields, project, tags), every page. */
public class SecurityGroupList extends ListCommand {
    @Option(names = "--all-projects", hidden = true, description = "Display information from all projects (admin only)")
    boolean allProjects; // neutron lists every project's groups to an admin anyway: accepted, unused, as in OSC
    @Option(names = "--project", paramLabel = "<project>", description = "List security groups according to the project (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Option(names = "--tags", paramLabel = "<tag>[,<tag>,...]",
            description = "List security group which have all given tag(s) (Comma-separated list of tags)")
    String tags;
    @Option(names = "--any-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "List security group which have any given tag(s) (Comma-separated list of tags)")
    String anyTags;
    @Option(names = "--not-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "Exclude security group which have all given tag(s) (Comma-separated list of tags)")
    String notTags;
    @Option(names = "--not-any-tags", paramLabel = "<tag>[,<tag>,...]",
            description = "Exclude security group which have any given tag(s) (Comma-separated list of tags)")
    String notAnyTags;

    @Override
    protected Table list(Invocation inv) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        SecurityGroupColumns.FIELDS.forEach(f -> query.add(Map.entry("fields", f)));
        Map<String, String> filters = new LinkedHashMap<>();
        if (project != null && !project.isEmpty()) {
            filters.put("project_id", inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain)
                    .path("id").asText());
        }
        Tags.filters(filters, Tags.split(tags), Tags.split(anyTags), Tags.split(notTags), Tags.split(notAnyTags));
        query.addAll(filters.entrySet());
        List<List<Object>> rows = new ArrayList<>();
        inv.network().listRepeating(Neutron.SECURITY_GROUP, query, g -> rows.add(SecurityGroupColumns.row(g)));
        return new Table(SecurityGroupColumns.HEADERS, rows);
    }

}
