package dev.jos.identity.project;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.cli.BulkDelete;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

public class ProjectDelete extends ActionCommand {
    @Parameters(paramLabel = "<project>", arity = "1..*", description = "Project(s) to delete (name or ID)")
    List<String> projects;
    @Option(names = "--domain", paramLabel = "<domain>", description = "Domain owning <project> (name or ID)")
    String domain;

    @Override
    protected void act(Invocation inv) {
        IdentityFinder finder = inv.identityFinder();
        String domainId = finder.domainId(domain);
        new BulkDelete(inv, "project", "projects").run(projects, p -> {
            String id = finder.find(IdentityKind.PROJECT, p, domainId).path("id").asText();
            inv.identity().delete(IdentityKind.PROJECT, id);
        });
    }
}
