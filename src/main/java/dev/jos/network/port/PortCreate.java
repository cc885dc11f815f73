package dev.jos.network.port;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.identity.IdentityKind;
import dev.jos.json.Json;
import dev.jos.network.ExtraProperties;
import dev.jos.network.MissingExtension;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.Tags;
import dev.jos.output.Record;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's CreatePort: the network, the subnets of --fixed-ip, then _get_attrs's look-ups, the
 * security groups and the QoS policy (looked up twice, as OSC does), the POST, then the tags
 * (in the POST itself where neutron has tag-ports-during-bulk-creation).
 */
public class PortCreate extends ShowCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Option(names = "--network", paramLabel = "<network>", required = true,
            description = "Network this port belongs to (name or ID)")
    String network;
    @Mixin
    PortOptions common = new PortOptions();
    @Option(names = "--fixed-ip", paramLabel = "subnet=<subnet>,ip-address=<ip-address>",
            description = "Desired IP and/or subnet for this port (name or ID): subnet=<subnet>,ip-address=<ip-address> "
                    + "(repeat option to set multiple fixed IP addresses)")
    List<String> fixedIps;
    @Option(names = "--no-fixed-ip", description = "No IP or subnet for this port.")
    boolean noFixedIp;
    @Option(names = "--binding-profile", paramLabel = "<binding-profile>",
            description = "Custom data to be passed as binding:profile. Data may be passed as <key>=<value> or JSON. "
                    + "(repeat option to set multiple binding:profile data)")
    List<String> bindingProfile;
    @Option(names = "--enable", description = "Enable port (default)")
    boolean enable;
    @Option(names = "--disable", description = "Disable port")
    boolean disable;
    @Option(names = "--enable-uplink-status-propagation", description = "Enable uplink status propagate")
    boolean enableUplink;
    @Option(names = "--disable-uplink-status-propagation", description = "Disable uplink status propagate (default)")
    boolean disableUplink;
    @Option(names = "--project", paramLabel = "<project>", description = "Owner's project (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Parameters(paramLabel = "<name>", description = "Name of this port")
    String name;
    @Option(names = "--extra-dhcp-option", paramLabel = "name=<name>[,value=<value>,ip-version={4,6}]",
            description = "Extra DHCP options to be assigned to this port: name=<name>[,value=<value>,ip-version={4,6}] "
                    + "(repeat option to set multiple extra DHCP options)")
    List<String> extraDhcpOptions;
    @Option(names = "--security-group", paramLabel = "<security-group>",
            description = "Security group to associate with this port (name or ID) (repeat option to set multiple "
                    + "security groups)")
    List<String> securityGroups;
    @Option(names = "--no-security-group", description = "Associate no security groups with this port")
    boolean noSecurityGroup;
    @Option(names = "--qos-policy", paramLabel = "<qos-policy>", description = "Attach QoS policy to this port (name or ID)")
    String qosPolicy;
    @Option(names = "--enable-port-security", description = "Enable port security for this port (Default)")
    boolean enablePortSecurity;
    @Option(names = "--disable-port-security", description = "Disable port security for this port")
    boolean disablePortSecurity;
    @Option(names = "--allowed-address", paramLabel = "ip-address=<ip-address>[,mac-address=<mac-address>]",
            description = "Add allowed-address pair associated with this port: ip-address=<ip-address>"
                    + "[,mac-address=<mac-address>] (repeat option to set multiple allowed-address pairs)")
    List<String> allowedAddresses;
    @Option(names = "--device-profile", paramLabel = "<device-profile>", description = "Cyborg port device profile")
    String deviceProfile;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be added to the port (repeat option to set multiple tags)")
    List<String> tags;
    @Option(names = "--no-tag", description = "No tags associated with the port")
    boolean noTag;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(PortOptions.NUMA, List.of("--fixed-ip", "--no-fixed-ip"), List.of("--enable", "--disable"),
                List.of("--enable-uplink-status-propagation", "--disable-uplink-status-propagation"),
                List.of("--security-group", "--no-security-group"),
                List.of("--enable-port-security", "--disable-port-security"), List.of("--tag", "--no-tag"));
    }

    @Override
    protected Record show(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        // argparse's actions: a bad value fails before any request
        List<Map<String, String>> ipSpecs = PortArgs.fixedIps(fixedIps, PortArgs.FIXED_IP_KEYS);
        ObjectNode profile = PortArgs.bindingProfile(bindingProfile);
        List<Map<String, String>> dhcp = PortArgs.extraDhcpOptions(extraDhcpOptions);
        List<Map<String, String>> pairs = PortArgs.addressPairs(allowedAddresses);
        NetworkApi api = inv.network();
        String networkId = api.find(Neutron.NETWORK, network).path("id").asText();
        List<Map<String, String>> ips = PortArgs.prepareFixedIps(api, ipSpecs);

        ObjectNode attrs = Json.object();
        // --enable is argparse's default=True: admin_state_up is always sent
        common.head(attrs, !disable, disable);
        attrs.put("name", name);
        attrs.put("network_id", networkId);
        if (project != null) {
            attrs.put("project_id", inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain)
                    .path("id").asText());
        }
        if (disablePortSecurity) {
            attrs.put("port_security_enabled", false);
        }
        if (enablePortSecurity) {
            attrs.put("port_security_enabled", true);
        }
        if (qosPolicy != null && !qosPolicy.isEmpty()) {
            attrs.put("qos_policy_id", api.find(Neutron.QOS_POLICY, qosPolicy).path("id").asText());
        }
        if (enableUplink) {
            attrs.put("propagate_uplink_status", true);
        }
        if (disableUplink) {
            attrs.put("propagate_uplink_status", false);
        }
        common.numa(attrs);
        if (deviceProfile != null && !deviceProfile.isEmpty()) {
            attrs.put("device_profile", deviceProfile);
        }
        if (profile != null) {
            attrs.set("binding:profile", profile);
        }
        if (!ips.isEmpty()) {
            PortArgs.array(attrs, "fixed_ips", ips);
        } else if (noFixedIp) {
            attrs.putArray("fixed_ips");
        }
        if (securityGroups != null && !securityGroups.isEmpty()) {
            ArrayNode ids = attrs.putArray("security_groups");
            securityGroups.forEach(g -> ids.add(api.find(Neutron.SECURITY_GROUP, g).path("id").asText()));
        } else if (noSecurityGroup) {
            attrs.putArray("security_groups");
        }
        if (!pairs.isEmpty()) {
            PortArgs.array(attrs, "allowed_address_pairs", pairs);
        }
        if (!dhcp.isEmpty()) {
            PortArgs.array(attrs, "extra_dhcp_opts", dhcp);
        }
        if (qosPolicy != null && !qosPolicy.isEmpty()) {
            attrs.put("qos_policy_id", api.find(Neutron.QOS_POLICY, qosPolicy).path("id").asText());
        }
        boolean tagsInPost = api.hasExtension("tag-ports-during-bulk-creation");
        if (tagsInPost) {
            if (noTag) {
                attrs.putArray("tags");
            }
            if (tags != null && !tags.isEmpty()) {
                // list(set(tags)): Python's set order is arbitrary; neutron keeps tags sorted anyway
                new ArrayList<>(new LinkedHashSet<>(tags)).forEach(attrs.putArray("tags")::add);
            }
        }
        extras.apply(attrs);
        ObjectNode reply = MissingExtension.check(api, attrs, () -> api.create(Neutron.PORT, attrs));
        // the SDK's resource keeps what it sent where the reply is silent (neutron's POST leaves
        // out numa_affinity_policy, which OSC still shows)
        ObjectNode created = attrs.deepCopy();
        created.setAll(reply);
        if (!tagsInPost) {
            Tags.set(api, Neutron.PORT, created, tags, noTag);
        }
        return PortColumns.record(created);
    }
}
