package dev.jos.network.securitygroup;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.json.Json;
import dev.jos.network.ExtraProperties;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.Tags;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's SetSecurityGroup over neutron: one PUT of what was given, then the tags. */
public class SecurityGroupSet extends ActionCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Parameters(paramLabel = "<group>", description = "Security group to modify (name or ID)")
    String group;
    @Option(names = "--name", paramLabel = "<new-name>", description = "New security group name")
    String name;
    @Option(names = "--description", paramLabel = "<description>", description = "New security group description")
    String description;
    @Option(names = "--stateful", description = "Security group is stateful (Default)")
    boolean stateful;
    @Option(names = "--stateless", description = "Security group is stateless")
    boolean stateless;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be added to the security group (repeat option to set multiple tags)")
    List<String> tags;
    @Option(names = "--no-tag", description = "Clear tags associated with the security group. Specify both --tag and "
            + "--no-tag to overwrite current tags")
    boolean noTag;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--stateful", "--stateless"));
    }

    @Override
    protected void act(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        NetworkApi api = inv.network();
        ObjectNode obj = api.find(Neutron.SECURITY_GROUP, group);
        ObjectNode attrs = Json.object();
        if (name != null) {
            attrs.put("name", name);
        }
        if (description != null) {
            attrs.put("description", description);
        }
        if (stateful) {
            attrs.put("stateful", true);
        }
        if (stateless) {
            attrs.put("stateful", false);
        }
        extras.apply(attrs);
        if (!attrs.isEmpty()) {
            api.update(Neutron.SECURITY_GROUP, obj.path("id").asText(), attrs);
        }
        Tags.set(api, Neutron.SECURITY_GROUP, obj, tags, noTag);
    }
}
