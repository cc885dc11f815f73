package dev.jos.identity.role;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.identity.ImmutableOptions;
import dev.jos.json.Json;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

public class RoleSet extends ActionCommand {
    @Parameters(paramLabel = "<role>", description = "Role to modify (name or ID)")
    String role;
    @Option(names = "--description", paramLabel = "<description>", description = "Add description about the role")
    String description;
    @Option(names = "--domain", paramLabel = "<domain>", description = "Domain the role belongs to (name or ID)")
    String domain;
    @Option(names = "--name", paramLabel = "<name>", description = "Set role name")
    String name;
    @Mixin
    ImmutableOptions immutableOptions = new ImmutableOptions();

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(ImmutableOptions.EXCLUSIVE);
    }

    @Override
    protected void act(Invocation inv) {
        IdentityFinder finder = inv.identityFinder();
        String id = finder.find(IdentityKind.ROLE, role, finder.domainId(domain)).path("id").asText();
        // keystoneclient drops None values; the (possibly empty) options dict is always sent
        ObjectNode body = Json.object();
        if (name != null) {
            body.put("name", name);
        }
        if (description != null) {
            body.put("description", description);
        }
        body.set("options", immutableOptions.toOptions());
        inv.identity().update(IdentityKind.ROLE, id, body);
    }
}
