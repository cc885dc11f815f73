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

/** OSC's SetNetwork: one update with what was asked (none when nothing was), then the tags. */
public class NetworkSet extends ActionCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Parameters(paramLabel = "<network>", description = "Network to modify (name or ID)")
    String network;
    @Option(names = "--name", paramLabel = "<name>", description = "Set network name")
    String name;
    @Option(names = "--enable", description = "Enable network")
    boolean enable;
    @Option(names = "--disable", description = "Disable network")
    boolean disable;
    @Option(names = "--share", description = "Share the network between projects")
    boolean share;
    @Option(names = "--no-share", description = "Do not share the network between projects")
    boolean noShare;
    // OSC's metavars really lack the closing '>'
    @Option(names = "--description", paramLabel = "<description", description = "Set network description")
    String description;
    @Option(names = "--mtu", paramLabel = "<mtu", description = "Set network mtu")
    String mtu;
    @Option(names = "--enable-port-security",
            description = "Enable port security by default for ports created on this network")
    boolean enablePortSecurity;
    @Option(names = "--disable-port-security",
            description = "Disable port security by default for ports created on this network")
    boolean disablePortSecurity;
    @Option(names = "--external", description = "Set this network as an external network (external-net extension required)")
    boolean external;
    @Option(names = "--internal", description = "Set this network as an internal network")
    boolean internal;
    @Option(names = "--default", description = "Set the network as the default external network")
    boolean isDefault;
    @Option(names = "--no-default", description = "Do not use the network as the default external network")
    boolean noDefault;
    @Option(names = "--qos-policy", paramLabel = "<qos-policy>", description = "QoS policy to attach to this network (name or ID)")
    String qosPolicy;
    @Option(names = "--no-qos-policy", description = "Remove the QoS policy attached to this network")
    boolean noQosPolicy;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be added to the network (repeat option to set multiple tags)")
    List<String> tags;
    @Option(names = "--no-tag",
            description = "Clear tags associated with the network. Specify both --tag and --no-tag to overwrite current tags")
    boolean noTag;
    @Option(names = "--provider-network-type", paramLabel = "<provider-network-type>",
            description = "The physical mechanism by which the virtual network is implemented. For example: flat, geneve, "
                    + "gre, local, vlan, vxlan.")
    String providerNetworkType;
    @Option(names = "--provider-physical-network", paramLabel = "<provider-physical-network>",
            description = "Name of the physical network over which the virtual network is implemented")
    String physicalNetwork;
    @Option(names = "--provider-segment", paramLabel = "<provider-segment>",
            description = "VLAN ID for VLAN networks or Tunnel ID for GENEVE/GRE/VXLAN networks")
    String segmentationId;
    @Option(names = "--dns-domain", paramLabel = "<dns-domain>",
            description = "Set DNS domain for this network (requires DNS integration extension)")
    String dnsDomain;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--enable", "--disable"), List.of("--share", "--no-share"),
                List.of("--enable-port-security", "--disable-port-security"), List.of("--external", "--internal"),
                List.of("--default", "--no-default"), List.of("--qos-policy", "--no-qos-policy"));
    }

    @Override
    protected void act(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        NetworkApi api = inv.network();
        ObjectNode obj = api.find(Neutron.NETWORK, network);
        ObjectNode attrs = Json.object();
        if (name != null) {
            attrs.put("name", name);
        }
        if (enable) {
            attrs.put("admin_state_up", true);
        }
        if (disable) {
            attrs.put("admin_state_up", false);
        }
        if (share) {
            attrs.put("shared", true);
        }
        if (noShare) {
            attrs.put("shared", false);
        }
        if (enablePortSecurity) {
            attrs.put("port_security_enabled", true);
        }
        if (disablePortSecurity) {
            attrs.put("port_security_enabled", false);
        }
        NetworkAttrs.common(api, attrs, description, mtu, external, internal, isDefault, noDefault, providerNetworkType,
                physicalNetwork, segmentationId, qosPolicy, noQosPolicy, dnsDomain);
        extras.apply(attrs);
        if (!attrs.isEmpty()) {
            api.update(Neutron.NETWORK, obj.path("id").asText(), attrs);
        }
        Tags.set(api, Neutron.NETWORK, obj, tags, noTag);
    }
}
