package dev.jos.identity.role;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.session.CommandException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = "Removes a role assignment from system/domain/project : user/group")
public class RoleRemove extends ActionCommand {
    @Parameters(paramLabel = "<role>", description = "Role to remove (name or ID)")
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
            throw new CommandException("Incorrect set of arguments provided. See openstack --help for more details");
        }
        // OSC lets a vanished user or group through here, so stale grants can still be removed
        RoleAdd.apply(inv, role, roleDomain, target, false);
    }
}
