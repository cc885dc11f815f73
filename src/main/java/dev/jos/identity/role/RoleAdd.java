package dev.jos.identity.role;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.session.CommandException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", description = "Adds a role assignment to a user or group on the system, a domain, or a project")
public class RoleAdd extends ActionCommand {
    @Parameters(paramLabel = "<role>", description = "Role to add to <user> (name or ID)")
    String role;
    @Mixin
    GrantTarget target = new GrantTarget();
    @Option(names = "--role-domain", paramLabel = "<role-domain>", description = "Domain the role belongs to (name or ID). This must be specified when the name of a domain specific role is used.")
    String roleDomain;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--system", "--domain", "--project"), List.of("--user", "--group"));
    }

    @Override
    protected void act(Invocation inv) {
        if (!target.hasActorOrTarget()) {
            throw new CommandException("Role not added, incorrect set of arguments provided. See openstack --help for more details");
        }
        apply(inv, role, roleDomain, target, true);
    }

    /** Finds the role, then PUTs (add) or DELETEs (remove) the grant, as keystoneclient does. */
    static void apply(Invocation inv, String role, String roleDomain, GrantTarget target, boolean add) {
        IdentityFinder finder = inv.identityFinder();
        String roleId = finder.find(IdentityKind.ROLE, role, finder.domainId(roleDomain)).path("id").asText();
        String path = target.grantPath(finder, add);
        if (path == null) {
            // keystoneclient's own check when OSC passes it neither a complete actor nor scope
            throw new CommandException("Must specify either system, domain, or project");
        }
        String url = path + "/roles/" + roleId + target.suffix();
        if (add) {
            inv.identity().put(url);
        } else {
            inv.identity().delete(url);
        }
    }
}
