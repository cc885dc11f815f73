package dev.jos.network.floatingip;

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

/** OSC's UnsetFloatingIP: one PUT clearing the port and/or policy, then the tags. */
public class FloatingIpUnset extends ActionCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Parameters(paramLabel = "<floating-ip>", description = "Floating IP to disassociate (IP address or ID)")
    String floatingIp;
    @Option(names = "--port", description = "Disassociate any port associated with the floating IP")
    boolean port;
    @Option(names = "--qos-policy", description = "Remove the QoS policy attached to the floating IP")
    boolean qosPolicy;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be removed from the floating IP (repeat option to remove multiple tags)")
    List<String> tags;
    @Option(names = "--all-tag", description = "Clear all tags associated with the floating IP")
    boolean allTag;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--tag", "--all-tag"));
    }

    @Override
    protected void act(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        NetworkApi api = inv.network();
        ObjectNode obj = api.find(Neutron.FLOATING_IP, floatingIp);
        ObjectNode attrs = Json.object();
        if (port) {
            attrs.putNull("port_id");
        }
        if (qosPolicy) {
            attrs.putNull("qos_policy_id");
        }
        // OSC's UnsetFloatingIP takes NeutronCommandWithExtraArgs, not the unset kind: values sent as given
        extras.apply(attrs);
        api.updateChanged(Neutron.FLOATING_IP, obj, attrs);
        Tags.unset(api, Neutron.FLOATING_IP, obj, tags, allTag);
    }
}
