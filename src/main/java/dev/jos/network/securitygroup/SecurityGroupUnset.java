package dev.jos.network.securitygroup;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.Tags;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's UnsetSecurityGroup: removes tags (one PUT of what remains, none when nothing changes). */
public class SecurityGroupUnset extends ActionCommand {
    @Parameters(paramLabel = "<group>", description = "Security group to modify (name or ID)")
    String group;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be removed from the security group (repeat option to remove multiple tags)")
    List<String> tags;
    @Option(names = "--all-tag", description = "Clear all tags associated with the security group")
    boolean allTag;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--tag", "--all-tag"));
    }

    @Override
    protected void act(Invocation inv) {
        NetworkApi api = inv.network();
        Tags.unset(api, Neutron.SECURITY_GROUP, api.find(Neutron.SECURITY_GROUP, group), tags, allTag);
    }
}
