package dev.jos.identity.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.identity.IdentityKind;
import dev.jos.identity.ImmutableOptions;
import dev.jos.cli.KeyValues;
import dev.jos.json.Json;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

public class ProjectSet extends ActionCommand {
    @Parameters(paramLabel = "<project>", description = "Project to modify (name or ID)")
    String project;
    @Option(names = "--name", paramLabel = "<name>", description = "Set project name")
    String name;
    @Option(names = "--domain", paramLabel = "<domain>", description = "Domain owning <project> (name or ID)")
    String domain;
    @Option(names = "--description", paramLabel = "<description>", description = "Set project description")
    String description;
    @Option(names = "--enable", description = "Enable project")
    boolean enable;
    @Option(names = "--disable", description = "Disable project")
    boolean disable;
    @Option(names = "--property", paramLabel = "<key=value>", description = "Set a property on <project> (repeat option to set multiple properties)")
    List<String> properties = new ArrayList<>();
    @Mixin
    ImmutableOptions immutableOptions = new ImmutableOptions();
    @Option(names = "--tag", paramLabel = "<tag>", description = "Tag to be added to the project (repeat option to set multiple tags)")
    List<String> tags = new ArrayList<>();
    @Option(names = "--clear-tags", description = "Clear tags associated with the project. Specify both --tag and --clear-tags to overwrite current tags")
    boolean clearTags;
    @Option(names = "--remove-tag", paramLabel = "<tag>", description = "Tag to be deleted from the project (repeat option to delete multiple tags)")
    String removeTag;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--enable", "--disable"), ImmutableOptions.EXCLUSIVE);
    }

    @Override
    protected void act(Invocation inv) {
        Map<String, String> props = KeyValues.parse("--property", properties);
        ObjectNode found = inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, domain);
        ObjectNode body = Json.object();
        if (name != null && !name.isEmpty()) {
            body.put("name", name);
        }
        if (description != null && !description.isEmpty()) {
            body.put("description", description);
        }
        if (enable) {
            body.put("enabled", true);
        }
        if (disable) {
            body.put("enabled", false);
        }
        ObjectNode options = immutableOptions.toOptions();
        if (options.size() > 0) {
            body.set("options", options);
        }
        props.forEach(body::put);
        updateTags(found, body);
        inv.identity().update(IdentityKind.PROJECT, found.path("id").asText(), body);
    }

    /** identity.v3.tag.update_tags_in_args, including its early return after --remove-tag. */
    private void updateTags(ObjectNode found, ObjectNode body) {
        Set<String> current = new LinkedHashSet<>();
        for (JsonNode t : found.path("tags")) {
            current.add(t.asText());
        }
        if (clearTags) {
            body.putArray("tags");
            current.clear();
        }
        if (removeTag != null) {
            current.remove(removeTag);
            current.forEach(body.putArray("tags")::add);
            return;
        }
        if (!tags.isEmpty()) {
            current.addAll(tags);
            current.forEach(body.putArray("tags")::add);
        }
    }
}
