package dev.jos.network.network;

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

/** OSC's CreateNetwork over neutron: the attributes OSC sends, then the tags, shown as created. */
public class NetworkCreate extends ShowCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Parameters(paramLabel = "<name>", description = "New network name")
    String name;
    @Option(names = "--share", description = "Share the network between projects")
    boolean share;
    @Option(names = "--no-share", description = "Do not share the network between projects")
    boolean noShare;
    @Option(names = "--enable", description = "Enable network (default)")
    boolean enable;
    @Option(names = "--disable", description = "Disable network")
    boolean disable;
    @Option(names = "--project", paramLabel = "<project>", description = "Owner's project (name or ID)")
    String project;
    @Option(names = "--description", paramLabel = "<description>", description = "Set network description")
    String description;
    @Option(names = "--mtu", paramLabel = "<mtu>", description = "Set network mtu")
    String mtu;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Option(names = "--availability-zone-hint", paramLabel = "<availability-zone>",
            description = "Availability Zone in which to create this network (Network Availability Zone extension "
                    + "required, repeat option to set multiple availability zones)")
    List<String> availabilityZoneHints;
    @Option(names = "--enable-port-security",
            description = "Enable port security by default for ports created on this network (default)")
    boolean enablePortSecurity;
    @Option(names = "--disable-port-security",
            description = "Disable port security by default for ports created on this network")
    boolean disablePortSecurity;
    @Option(names = "--external", description = "Set this network as an external network (external-net extension required)")
    boolean external;
    @Option(names = "--internal", description = "Set this network as an internal network (default)")
    boolean internal;
    @Option(names = "--default", description = "Specify if this network should be used as the default external network")
    boolean isDefault;
    @Option(names = "--no-default", description = "Do not use the network as the default external network (default)")
    boolean noDefault;
    @Option(names = "--qos-policy", paramLabel = "<qos-policy>", description = "QoS policy to attach to this network (name or ID)")
    String qosPolicy;
    @Option(names = "--transparent-vlan", description = "Make the network VLAN transparent")
    boolean transparentVlan;
    @Option(names = "--no-transparent-vlan", description = "Do not make the network VLAN transparent")
    boolean noTransparentVlan;
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
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be added to the network (repeat option to set multiple tags)")
    List<String> tags;
    @Option(names = "--no-tag", description = "No tags associated with the network")
    boolean noTag;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--share", "--no-share"), List.of("--enable", "--disable"),
                List.of("--enable-port-security", "--disable-port-security"), List.of("--external", "--internal"),
                List.of("--default", "--no-default"), List.of("--transparent-vlan", "--no-transparent-vlan"),
                List.of("--tag", "--no-tag"));
    }

    @Override
    protected Record show(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        return ShowErrors.wrap(() -> {
            ObjectNode attrs = Json.object();
            attrs.put("name", name);
            // --enable is argparse's default=True: admin_state_up is always sent
            attrs.put("admin_state_up", !disable);
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
            if (project != null) {
                attrs.put("project_id", inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain)
                        .path("id").asText());
            }
            if (availabilityZoneHints != null) {
                availabilityZoneHints.forEach(attrs.putArray("availability_zone_hints")::add);
            }
            NetworkAttrs.common(inv.network(), attrs, description, mtu, external, internal, isDefault, noDefault,
                    providerNetworkType, physicalNetwork, segmentationId, qosPolicy, false, dnsDomain);
            if (transparentVlan) {
                attrs.put("vlan_transparent", true);
            }
            if (noTransparentVlan) {
                attrs.put("vlan_transparent", false);
            }
            extras.apply(attrs);
            NetworkApi network = inv.network();
            ObjectNode created = network.create(Neutron.NETWORK, attrs);
            Tags.set(network, Neutron.NETWORK, created, tags, noTag);
            return NetworkColumns.record(created);
        });
    }

    /** For the parse tests. */
    public List<String> tagsForTest() {
        return tags;
    }
}
