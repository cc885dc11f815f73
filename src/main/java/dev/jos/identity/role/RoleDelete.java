package dev.jos.identity.role;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.cli.BulkDelete;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

public class RoleDelete extends ActionCommand {
    @Parameters(paramLabel = "<role>", arity = "1..*", description = "Role(s) to delete (name or ID)")
    List<String> roles;
    @Option(names = "--domain", paramLabel = "<domain>", description = "Domain the role belongs to (name or ID)")
    String domain;

    @Override
    protected void act(Invocation inv) {
        IdentityFinder finder = inv.identityFinder();
        String domainId = finder.domainId(domain);
        new BulkDelete(inv, "role", "roles").run(roles, r -> {
            String id = finder.find(IdentityKind.ROLE, r, domainId).path("id").asText();
            inv.identity().delete(IdentityKind.ROLE, id);
        });
    }
}
