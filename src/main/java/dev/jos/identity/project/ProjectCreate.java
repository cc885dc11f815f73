package dev.jos.identity.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.identity.ImmutableOptions;
import dev.jos.cli.KeyValues;
import dev.jos.output.Record;
import dev.jos.session.ApiException;
import dev.jos.json.Json;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

public class ProjectCreate extends ShowCommand {
    @Parameters(paramLabel = "<project-name>", description = "New project name")
    String name;
    @Option(names = "--domain", paramLabel = "<domain>", description = "Domain owning the project (name or ID)")
    String domain;
    @Option(names = "--parent", paramLabel = "<project>", description = "Parent of the project (name or ID)")
    String parent;
    @Option(names = "--description", paramLabel = "<description>", description = "Project description")
    String description;
    @Option(names = "--enable", description = "Enable project")
    boolean enable;
    @Option(names = "--disable", description = "Disable project")
    boolean disable;
    @Option(names = "--property", paramLabel = "<key=value>", description = "Add a property to <name> (repeat option to set multiple properties)")
    List<String> properties = new ArrayList<>();
    @Option(names = "--or-show", description = "Return existing project")
    boolean orShow;
    @Mixin
    ImmutableOptions immutableOptions = new ImmutableOptions();
    @Option(names = "--tag", paramLabel = "<tag>", description = "Tag to be added to the project (repeat option to set multiple tags)")
    List<String> tags = new ArrayList<>();

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--enable", "--disable"), ImmutableOptions.EXCLUSIVE);
    }

    @Override
    protected Record show(Invocation inv) {
        IdentityFinder finder = inv.identityFinder();
        Map<String, String> props = KeyValues.parse("--property", properties);
        String domainId = finder.domainId(domain);
        String parentId = parent == null ? null : finder.find(IdentityKind.PROJECT, parent, null).path("id").asText();
        ObjectNode body = Json.object();
        body.put("name", name);
        if (domainId != null) {
            body.put("domain_id", domainId);
        }
        if (parentId != null) {
            body.put("parent_id", parentId);
        }
        if (description != null) {
            body.put("description", description);
        }
        body.put("enabled", !disable);
        body.set("options", immutableOptions.toOptions());
        for (Map.Entry<String, String> p : props.entrySet()) {
            if (p.getKey().equals("is_domain")) {
                IsDomain.put(body, p.getValue());
            } else {
                body.put(p.getKey(), p.getValue());
            }
        }
        var tagArray = body.putArray("tags");
        new LinkedHashSet<>(tags).forEach(tagArray::add);
        ObjectNode project;
        try {
            project = inv.identity().create(IdentityKind.PROJECT, body);
        } catch (ApiException e) {
            if (!e.isConflict() || !orShow) {
                throw e;
            }
            project = finder.find(IdentityKind.PROJECT, name, domainId);
        }
        return JsonRows.sortedRecord(project, "links");
    }
}
