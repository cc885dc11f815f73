package dev.jos.identity.project;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.output.Record;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

public class ProjectShow extends ShowCommand {
    @Parameters(paramLabel = "<project>", description = "Project to display (name or ID)")
    String project;
    @Option(names = "--domain", paramLabel = "<domain>", description = "Domain owning <project> (name or ID)")
    String domain;
    @Option(names = "--parents", description = "Show the project's parents as a list")
    boolean parents;
    @Option(names = "--children", description = "Show project's subtree (children) as a list")
    boolean children;

    @Override
    protected Record show(Invocation inv) {
        IdentityFinder finder = inv.identityFinder();
        String ref = finder.fromToken("project", project, domain);
        ObjectNode found = finder.find(IdentityKind.PROJECT, ref, finder.domainId(domain));
        if (parents || children) {
            Map<String, String> query = new LinkedHashMap<>();
            if (parents) {
                query.put("parents_as_ids", "True");
            }
            if (children) {
                query.put("subtree_as_ids", "True");
            }
            found = (ObjectNode) inv.identity().getWithQuery(IdentityKind.PROJECT, found.path("id").asText(), query);
        }
        return JsonRows.sortedRecord(found, "links");
    }
}
