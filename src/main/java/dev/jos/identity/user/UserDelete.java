package dev.jos.identity.user;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.cli.BulkDelete;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

public class UserDelete extends ActionCommand {
    @Parameters(paramLabel = "<user>", arity = "1..*", description = "User(s) to delete (name or ID)")
    List<String> users;
    @Option(names = "--domain", paramLabel = "<domain>", description = "Domain owning <user> (name or ID)")
    String domain;

    @Override
    protected void act(Invocation inv) {
        IdentityFinder finder = inv.identityFinder();
        String domainId = finder.domainId(domain);
        new BulkDelete(inv, "user", "users").run(users, u -> {
            ObjectNode user = finder.find(IdentityKind.USER, u, domainId);
            inv.identity().delete(IdentityKind.USER, user.path("id").asText());
        });
    }
}
