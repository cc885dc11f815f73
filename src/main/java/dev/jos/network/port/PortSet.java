package dev.jos.network.port;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.json.Json;
import dev.jos.network.Choices;
import dev.jos.network.ExtraProperties;
import dev.jos.network.MissingExtension;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.Tags;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's SetPort: the subnets of --fixed-ip, the port, _get_attrs, then the lists that add to
 * what the port has (fixed IPs, security groups, address pairs, binding profile) unless their
 * --no-* option clears them first; one PUT when anything was asked, then the tags.
 */
public class PortSet extends ActionCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Mixin
    PortOptions common = new PortOptions();
    @Option(names = "--enable", description = "Enable port")
    boolean enable;
    @Option(names = "--disable", description = "Disable port")
    boolean disable;
    @Option(names = "--name", paramLabel = "<name>", description = "Set port name")
    String name;
    @Option(names = "--fixed-ip", paramLabel = "subnet=<subnet>,ip-address=<ip-address>",
            description = "Desired IP and/or subnet for this port (name or ID): subnet=<subnet>,ip-address=<ip-address> "
                    + "(repeat option to set multiple fixed IP addresses)")
    List<String> fixedIps;
    @Option(names = "--no-fixed-ip", description = "Clear existing information of fixed IP addresses.Specify both "
            + "--fixed-ip and --no-fixed-ip to overwrite the current fixed IP addresses.")
    boolean noFixedIp;
    @Option(names = "--binding-profile", paramLabel = "<binding-profile>",
            description = "Custom data to be passed as binding:profile. Data may be passed as <key>=<value> or JSON. "
                    + "(repeat option to set multiple binding:profile data)")
    List<String> bindingProfile;
    @Option(names = "--no-binding-profile", description = "Clear existing information of binding:profile. Specify both "
            + "--binding-profile and --no-binding-profile to overwrite the current binding:profile information.")
    boolean noBindingProfile;
    @Option(names = "--qos-policy", paramLabel = "<qos-policy>", description = "Attach QoS policy to this port (name or ID)")
    String qosPolicy;
    @Parameters(paramLabel = "<port>", description = "Port to modify (name or ID)")
    String port;
    @Option(names = "--security-group", paramLabel = "<security-group>",
            description = "Security group to associate with this port (name or ID) (repeat option to set multiple "
                    + "security groups)")
    List<String> securityGroups;
    @Option(names = "--no-security-group", description = "Clear existing security groups associated with this port")
    boolean noSecurityGroup;
    @Option(names = "--enable-port-security", description = "Enable port security for this port")
    boolean enablePortSecurity;
    @Option(names = "--disable-port-security", description = "Disable port security for this port")
    boolean disablePortSecurity;
    @Option(names = "--allowed-address", paramLabel = "ip-address=<ip-address>[,mac-address=<mac-address>]",
            description = "Add allowed-address pair associated with this port: ip-address=<ip-address>"
                    + "[,mac-address=<mac-address>] (repeat option to set multiple allowed-address pairs)")
    List<String> allowedAddresses;
    @Option(names = "--no-allowed-address", description = "Clear existing allowed-address pairs associated with this "
            + "port. (Specify both --allowed-address and --no-allowed-address to overwrite the current allowed-address pairs)")
    boolean noAllowedAddress;
    @Option(names = "--extra-dhcp-option", paramLabel = "name=<name>[,value=<value>,ip-version={4,6}]",
            description = "Extra DHCP options to be assigned to this port: name=<name>[,value=<value>,ip-version={4,6}] "
                    + "(repeat option to set multiple extra DHCP options)")
    List<String> extraDhcpOptions;
    @Option(names = "--data-plane-status", paramLabel = "<status>", converter = DataPlaneStatus.class,
            description = "Set data plane status of this port (ACTIVE | DOWN). Unset it to None with the 'port unset' "
                    + "command (requires data plane status extension)")
    String dataPlaneStatus;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be added to the port (repeat option to set multiple tags)")
    List<String> tags;
    @Option(names = "--no-tag",
            description = "Clear tags associated with the port. Specify both --tag and --no-tag to overwrite current tags")
    boolean noTag;

    /** --data-plane-status's choices. */
    public static final class DataPlaneStatus extends Choices {
        public DataPlaneStatus() {
            super("ACTIVE", "DOWN");
        }
    }

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(PortOptions.NUMA, List.of("--enable", "--disable"),
                List.of("--enable-port-security", "--disable-port-security"));
    }

    @Override
    protected void act(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        List<Map<String, String>> ipSpecs = PortArgs.fixedIps(fixedIps, PortArgs.FIXED_IP_KEYS);
        ObjectNode profile = PortArgs.bindingProfile(bindingProfile);
        List<Map<String, String>> pairs = PortArgs.addressPairs(allowedAddresses);
        List<Map<String, String>> dhcp = PortArgs.extraDhcpOptions(extraDhcpOptions);
        NetworkApi api = inv.network();
        List<Map<String, String>> ips = PortArgs.prepareFixedIps(api, ipSpecs);
        ObjectNode obj = api.find(Neutron.PORT, port);

        ObjectNode attrs = Json.object();
        common.head(attrs, enable, disable);
        if (name != null) {
            attrs.put("name", name);
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
        common.numa(attrs);

        if (noBindingProfile) {
            attrs.putObject("binding:profile");
        }
        if (profile != null && !profile.isEmpty()) {
            if (!attrs.has("binding:profile")) {
                JsonNode current = obj.get("binding:profile");
                attrs.set("binding:profile", current != null && current.isObject() ? current.deepCopy() : Json.object());
            }
            ((ObjectNode) attrs.get("binding:profile")).setAll(profile);
        }
        appendDicts(attrs, obj, "fixed_ips", noFixedIp, ips);
        if (noSecurityGroup) {
            attrs.putArray("security_groups");
        }
        if (securityGroups != null && !securityGroups.isEmpty()) {
            if (!attrs.has("security_groups")) {
                attrs.set("security_groups", obj.path("security_groups").isArray()
                        ? obj.get("security_groups").deepCopy() : Json.array());
            }
            ArrayNode ids = (ArrayNode) attrs.get("security_groups");
            securityGroups.forEach(g -> ids.add(api.find(Neutron.SECURITY_GROUP, g).path("id").asText()));
        }
        appendDicts(attrs, obj, "allowed_address_pairs", noAllowedAddress, pairs);
        if (!dhcp.isEmpty()) {
            PortArgs.array(attrs, "extra_dhcp_opts", dhcp);
        }
        if (dataPlaneStatus != null) {
            attrs.put("data_plane_status", dataPlaneStatus);
        }
        extras.apply(attrs);
        if (!attrs.isEmpty()) {
            String id = obj.path("id").asText();
            MissingExtension.check(api, attrs, () -> api.update(Neutron.PORT, id, attrs));
        }
        Tags.set(api, Neutron.PORT, obj, tags, noTag);
    }

    /**
     * OSC's --no-X / --X pair for a list of dicts: cleared, or the port's own entries (without the
     * empty dict neutron may hold for none), then the new ones appended.
     */
    private static void appendDicts(ObjectNode attrs, JsonNode obj, String key, boolean clear, List<Map<String, String>> added) {
        if (clear) {
            attrs.putArray(key);
        }
        if (added.isEmpty()) {
            return;
        }
        if (!attrs.has(key)) {
            ArrayNode current = attrs.putArray(key);
            obj.path(key).forEach(item -> {
                if (!item.isEmpty()) {
                    current.add(item.deepCopy());
                }
            });
        }
        ArrayNode all = (ArrayNode) attrs.get(key);
        added.forEach(item -> {
            ObjectNode o = all.addObject();
            item.forEach(o::put);
        });
    }
}
