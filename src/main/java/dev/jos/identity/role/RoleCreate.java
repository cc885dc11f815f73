package dev.jos.identity.role;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.identity.ImmutableOptions;
import dev.jos.output.Record;
import dev.jos.session.ApiException;
import dev.jos.json.Json;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

public class RoleCreate extends ShowCommand {
    @Parameters(paramLabel = "<role-name>", description = "New role name")
    String name;
    @Option(names = "--description", paramLabel = "<description>", description = "Add description about the role")
    String description;
    @Option(names = "--domain", paramLabel = "<domain>", description = "Domain the role belongs to (name or ID)")
    String domain;
    @Option(names = "--or-show", description = "Return existing role")
    boolean orShow;
    @Mixin
    ImmutableOptions immutableOptions = new ImmutableOptions();

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(ImmutableOptions.EXCLUSIVE);
    }

    @Override
    protected Record show(Invocation inv) {
        IdentityFinder finder = inv.identityFinder();
        String domainId = finder.domainId(domain);
        ObjectNode body = Json.object();
        body.put("name", name);
        if (domainId != null) {
            body.put("domain_id", domainId);
        }
        if (description != null) {
            body.put("description", description);
        }
        body.set("options", immutableOptions.toOptions());
        ObjectNode role;
        try {
            role = inv.identity().create(IdentityKind.ROLE, body);
        } catch (ApiException e) {
            if (!e.isConflict() || !orShow) {
                throw e;
            }
            role = finder.find(IdentityKind.ROLE, name, domainId);
        }
        return JsonRows.sortedRecord(role, "links");
    }
}
