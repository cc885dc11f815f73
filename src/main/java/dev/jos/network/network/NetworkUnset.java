package dev.jos.network.network;

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

/**
 * OSC's UnsetNetwork: the --extra-property names set to null (one update, none without), then the
 * tags removed (one PUT of what remains, none when nothing changes).
 */
public class NetworkUnset extends ActionCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Parameters(paramLabel = "<network>", description = "Network to modify (name or ID)")
    String network;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be removed from the network (repeat option to remove multiple tags)")
    List<String> tags;
    @Option(names = "--all-tag", description = "Clear all tags associated with the network")
    boolean allTag;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--tag", "--all-tag"));
    }

    @Override
    protected void act(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        NetworkApi api = inv.network();
        ObjectNode obj = api.find(Neutron.NETWORK, network);
        ObjectNode attrs = Json.object();
        extras.applyUnset(attrs);
        if (!attrs.isEmpty()) {
            api.update(Neutron.NETWORK, obj.path("id").asText(), attrs);
        }
        Tags.unset(api, Neutron.NETWORK, obj, tags, allTag);
    }
}
