package dev.jos.network.network;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.Tags;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's UnsetNetwork: removes tags (one PUT of what remains, none when nothing changes). */
public class NetworkUnset extends ActionCommand {
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
        NetworkApi api = inv.network();
        Tags.unset(api, Neutron.NETWORK, api.find(Neutron.NETWORK, network), tags, allTag);
    }
}
