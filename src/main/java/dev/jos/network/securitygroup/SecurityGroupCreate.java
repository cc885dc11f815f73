package dev.jos.network.securitygroup;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.identity.IdentityKind;
import dev.jos.json.Json;
import dev.jos.network.ExtraProperties;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.ShowErrors;
import dev.jos.network.Tags;
import dev.jos.output.Record;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's CreateSecurityGroup over neutron: the description defaults to the name; tags after the create. */
public class SecurityGroupCreate extends ShowCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Parameters(paramLabel = "<name>", description = "New security group name")
    String name;
    @Option(names = "--description", paramLabel = "<description>", description = "Security group description")
    String description;
    @Option(names = "--project", paramLabel = "<project>", description = "Owner's project (name or ID)")
    String project;
    @Option(names = "--stateful", description = "Security group is stateful (Default)")
    boolean stateful;
    @Option(names = "--stateless", description = "Security group is stateless")
    boolean stateless;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be added to the security group (repeat option to set multiple tags)")
    List<String> tags;
    @Option(names = "--no-tag", description = "No tags associated with the security group")
    boolean noTag;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--stateful", "--stateless"), List.of("--tag", "--no-tag"));
    }

    @Override
    protected Record show(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        return ShowErrors.wrap(() -> {
            ObjectNode attrs = Json.object();
            attrs.put("name", name);
            attrs.put("description", description != null ? description : name);
            if (stateful) {
                attrs.put("stateful", true);
            }
            if (stateless) {
                attrs.put("stateful", false);
            }
            if (project != null) {
                attrs.put("project_id", inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain)
                        .path("id").asText());
            }
            extras.apply(attrs);
            NetworkApi network = inv.network();
            ObjectNode created = network.create(Neutron.SECURITY_GROUP, attrs);
            Tags.set(network, Neutron.SECURITY_GROUP, created, tags, noTag);
            return SecurityGroupColumns.record(created);
        });
    }
}
