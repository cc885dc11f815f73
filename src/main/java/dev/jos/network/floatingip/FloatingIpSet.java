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

/** OSC's SetFloatingIP: the floating IP found, then its port and policy, one PUT of what was given, then the tags. */
public class FloatingIpSet extends ActionCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Parameters(paramLabel = "<floating-ip>", description = "Floating IP to modify (IP address or ID)")
    String floatingIp;
    @Option(names = "--port", paramLabel = "<port>", description = "Associate the floating IP with port (name or ID)")
    String port;
    @Option(names = "--fixed-ip-address", paramLabel = "<ip-address>",
            description = "Fixed IP of the port (required only if port has multiple IPs)")
    String fixedIpAddress;
    @Option(names = "--description", paramLabel = "<description>", description = "Set floating IP description")
    String description;
    @Option(names = "--qos-policy", paramLabel = "<qos-policy>", description = "Attach QoS policy to the floating IP (name or ID)")
    String qosPolicy;
    @Option(names = "--no-qos-policy", description = "Remove the QoS policy attached to the floating IP")
    boolean noQosPolicy;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be added to the floating IP (repeat option to set multiple tags)")
    List<String> tags;
    @Option(names = "--no-tag", description = "Clear tags associated with the floating IP. Specify both --tag and "
            + "--no-tag to overwrite current tags")
    boolean noTag;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--qos-policy", "--no-qos-policy"));
    }

    @Override
    protected void act(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        NetworkApi api = inv.network();
        ObjectNode obj = api.find(Neutron.FLOATING_IP, floatingIp);
        ObjectNode attrs = Json.object();
        // OSC tests these for truth: an empty value is not sent
        if (port != null && !port.isEmpty()) {
            attrs.put("port_id", api.findPort(port).path("id").asText());
        }
        if (fixedIpAddress != null && !fixedIpAddress.isEmpty()) {
            attrs.put("fixed_ip_address", fixedIpAddress);
        }
        if (description != null && !description.isEmpty()) {
            attrs.put("description", description);
        }
        if (qosPolicy != null && !qosPolicy.isEmpty()) {
            attrs.put("qos_policy_id", api.find(Neutron.QOS_POLICY, qosPolicy).path("id").asText());
        }
        if (noQosPolicy) {
            attrs.putNull("qos_policy_id");
        }
        extras.apply(attrs);
        api.updateChanged(Neutron.FLOATING_IP, obj, attrs);
        Tags.set(api, Neutron.FLOATING_IP, obj, tags, noTag);
    }
}
