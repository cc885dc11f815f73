package dev.jos.network.floatingip;

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

/** OSC's CreateFloatingIP over neutron: each named resource found first, one POST, then the tags. */
public class FloatingIpCreate extends ShowCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Parameters(paramLabel = "<network>", description = "Network to allocate floating IP from (name or ID)")
    String network;
    @Option(names = "--subnet", paramLabel = "<subnet>",
            description = "Subnet on which you want to create the floating IP (name or ID)")
    String subnet;
    @Option(names = "--port", paramLabel = "<port>", description = "Port to be associated with the floating IP (name or ID)")
    String port;
    @Option(names = "--floating-ip-address", paramLabel = "<ip-address>", description = "Floating IP address")
    String floatingIpAddress;
    @Option(names = "--fixed-ip-address", paramLabel = "<ip-address>", description = "Fixed IP address mapped to the floating IP")
    String fixedIpAddress;
    @Option(names = "--qos-policy", paramLabel = "<qos-policy>", description = "Attach QoS policy to the floating IP (name or ID)")
    String qosPolicy;
    @Option(names = "--description", paramLabel = "<description>", description = "Set floating IP description")
    String description;
    @Option(names = "--project", paramLabel = "<project>", description = "Owner's project (name or ID)")
    String project;
    @Option(names = "--dns-domain", paramLabel = "<dns-domain>", description = "Set DNS domain for this floating IP")
    String dnsDomain;
    @Option(names = "--dns-name", paramLabel = "<dns-name>", description = "Set DNS name for this floating IP")
    String dnsName;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be added to the floating IP (repeat option to set multiple tags)")
    List<String> tags;
    @Option(names = "--no-tag", description = "No tags associated with the floating IP")
    boolean noTag;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--tag", "--no-tag"));
    }

    @Override
    protected Record show(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        return ShowErrors.wrap(() -> {
            NetworkApi api = inv.network();
            // _get_attrs: empty strings count as not given, but for the network (a name may be empty)
            ObjectNode attrs = Json.object();
            attrs.put("floating_network_id", api.find(Neutron.NETWORK, network).path("id").asText());
            if (subnet != null && !subnet.isEmpty()) {
                attrs.put("subnet_id", api.find(Neutron.SUBNET, subnet).path("id").asText());
            }
            if (port != null && !port.isEmpty()) {
                attrs.put("port_id", api.findPort(port).path("id").asText());
            }
            if (floatingIpAddress != null && !floatingIpAddress.isEmpty()) {
                attrs.put("floating_ip_address", floatingIpAddress);
            }
            if (fixedIpAddress != null && !fixedIpAddress.isEmpty()) {
                attrs.put("fixed_ip_address", fixedIpAddress);
            }
            if (qosPolicy != null && !qosPolicy.isEmpty()) {
                attrs.put("qos_policy_id", api.find(Neutron.QOS_POLICY, qosPolicy).path("id").asText());
            }
            if (description != null) {
                attrs.put("description", description);
            }
            if (project != null && !project.isEmpty()) {
                attrs.put("project_id", inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain)
                        .path("id").asText());
            }
            if (dnsDomain != null && !dnsDomain.isEmpty()) {
                attrs.put("dns_domain", dnsDomain);
            }
            if (dnsName != null && !dnsName.isEmpty()) {
                attrs.put("dns_name", dnsName);
            }
            extras.apply(attrs);
            ObjectNode created = api.create(Neutron.FLOATING_IP, attrs);
            Tags.set(api, Neutron.FLOATING_IP, created, tags, noTag);
            return FloatingIpColumns.record(created, false);
        });
    }
}
