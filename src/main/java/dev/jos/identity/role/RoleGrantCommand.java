package dev.jos.identity.role;

import java.util.ArrayList;
import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.session.CommandException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `role add` and `role remove`: the same arguments, the role found the same way, then a PUT
 * or a DELETE of the grant, as keystoneclient's grant and revoke.
 */
abstract class RoleGrantCommand extends ActionCommand {
    @Mixin
    GrantTarget target = new GrantTarget();
    @Option(names = "--role-domain", paramLabel = "<role-domain>", description = "Domain the role belongs to (name or ID). This must be specified when the name of a domain specific role is used.")
    String roleDomain;

    abstract String role();

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--system", "--domain", "--project"), List.of("--user", "--group"));
    }

    /** @param add true to grant, false to revoke (OSC then lets a vanished user or group through) */
    void apply(Invocation inv, boolean add, String incompleteMessage) {
        if (!target.hasActorOrTarget()) {
            throw new CommandException(incompleteMessage);
        }
        IdentityFinder finder = inv.identityFinder();
        String roleId = finder.find(IdentityKind.ROLE, role(), finder.domainId(roleDomain)).path("id").asText();
        List<String> path = target.grantPath(finder, add);
        if (path == null) {
            // keystoneclient's own check when OSC passes it neither a complete actor nor scope
            throw new CommandException("Must specify either system, domain, or project");
        }
        List<String> url = new ArrayList<>(path);
        url.add("roles");
        url.add(roleId);
        url.addAll(target.suffix());
        if (add) {
            inv.identity().put(url);
        } else {
            inv.identity().delete(url);
        }
    }
}
