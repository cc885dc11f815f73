package dev.jos.network.router;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.json.Json;
import dev.jos.network.ExtraProperties;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.Tags;
import dev.jos.session.CommandException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's SetRouter: the router, _get_attrs (gateway look-ups), HA, routes (added to the router's
 * own unless --no-route), its SNAT/fixed-ip and QoS checks, one PUT when anything was asked,
 * then the tags.
 */
public class RouterSet extends ActionCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Parameters(paramLabel = "<router>", description = "Router to modify (name or ID)")
    String router;
    @Option(names = "--name", paramLabel = "<name>", description = "Set router name")
    String name;
    @Option(names = "--description", paramLabel = "<description>", description = "Set router description")
    String description;
    @Option(names = "--enable", description = "Enable router")
    boolean enable;
    @Option(names = "--disable", description = "Disable router")
    boolean disable;
    @Option(names = "--distributed", description = "Set router to distributed mode (disabled router only)")
    boolean distributed;
    @Option(names = "--centralized", description = "Set router to centralized mode (disabled router only)")
    boolean centralized;
    @Option(names = "--route", paramLabel = "destination=<subnet>,gateway=<ip-address>",
            description = "Add routes to the router destination: destination subnet (in CIDR notation) gateway: nexthop "
                    + "IP address (repeat option to add multiple routes). This is deprecated in favor of 'router "
                    + "add/remove route' since it is prone to race conditions between concurrent clients when not used "
                    + "together with --no-route to overwrite the current value of 'routes'.")
    List<String> routes;
    @Option(names = "--no-route", description = "Clear routes associated with the router. Specify both --route and "
            + "--no-route to overwrite current value of routes.")
    boolean noRoute;
    @Option(names = "--ha", description = "Set the router as highly available (disabled router only)")
    boolean ha;
    @Option(names = "--no-ha", description = "Clear high availability attribute of the router (disabled router only)")
    boolean noHa;
    @Option(names = "--external-gateway", paramLabel = "<network>",
            description = "External Network used as router's gateway (name or ID)")
    String externalGateway;
    @Option(names = "--fixed-ip", paramLabel = "subnet=<subnet>,ip-address=<ip-address>",
            description = "Desired IP and/or subnet (name or ID) on external gateway: subnet=<subnet>,"
                    + "ip-address=<ip-address> (repeat option to set multiple fixed IP addresses)")
    List<String> fixedIps;
    @Option(names = "--enable-snat", description = "Enable Source NAT on external gateway")
    boolean enableSnat;
    @Option(names = "--disable-snat", description = "Disable Source NAT on external gateway")
    boolean disableSnat;
    @Option(names = "--qos-policy", paramLabel = "<qos-policy>", description = "Attach QoS policy to router gateway IPs")
    String qosPolicy;
    @Option(names = "--no-qos-policy", description = "Remove QoS policy from router gateway IPs")
    boolean noQosPolicy;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be added to the router (repeat option to set multiple tags)")
    List<String> tags;
    @Option(names = "--no-tag", description = "Clear tags associated with the router. Specify both --tag and --no-tag "
            + "to overwrite current tags")
    boolean noTag;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--enable", "--disable"), List.of("--distributed", "--centralized"),
                List.of("--ha", "--no-ha"), List.of("--enable-snat", "--disable-snat"),
                List.of("--qos-policy", "--no-qos-policy"));
    }

    @Override
    protected void act(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        List<Map<String, String>> newRoutes = RouterArgs.routes(routes);
        List<Map<String, String>> ips = RouterArgs.fixedIps(fixedIps);
        NetworkApi api = inv.network();
        ObjectNode obj = api.find(Neutron.ROUTER, router);
        boolean gateway = externalGateway != null && !externalGateway.isEmpty();

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
        if (centralized) {
            attrs.put("distributed", false);
        }
        if (distributed) {
            attrs.put("distributed", true);
        }
        if (description != null) {
            attrs.put("description", description);
        }
        if (gateway) {
            attrs.set("external_gateway_info", RouterArgs.gateway(api, externalGateway, enableSnat, disableSnat, ips));
        }
        if (ha) {
            attrs.put("ha", true);
        } else if (noHa) {
            attrs.put("ha", false);
        }
        if (routes != null) {
            ArrayNode all = RouterArgs.array(newRoutes);
            if (!noRoute) {
                // the router's own routes after the new ones; neutron drops duplicates
                obj.path("routes").forEach(r -> all.add(r.deepCopy()));
            }
            attrs.set("routes", all);
        } else if (noRoute) {
            attrs.putArray("routes");
        }
        if ((disableSnat || enableSnat || !ips.isEmpty()) && !gateway) {
            throw new CommandException("You must specify '--external-gateway' in order to update the SNAT or fixed-ip values");
        }
        if (((qosPolicy != null && !qosPolicy.isEmpty()) || noQosPolicy) && !gateway) {
            JsonNode network = obj.path("external_gateway_info").get("network_id");
            if (network == null) {
                throw new CommandException("You must specify '--external-gateway' or the router must already have an "
                        + "external network in order to set router gateway IP QoS");
            }
            if (!attrs.has("external_gateway_info") || attrs.get("external_gateway_info").isEmpty()) {
                attrs.putObject("external_gateway_info");
            }
            ((ObjectNode) attrs.get("external_gateway_info")).set("network_id", network.deepCopy());
        }
        if (qosPolicy != null && !qosPolicy.isEmpty()) {
            ((ObjectNode) attrs.get("external_gateway_info")).put("qos_policy_id",
                    api.find(Neutron.QOS_POLICY, qosPolicy).path("id").asText());
        }
        if (noQosPolicy) {
            ((ObjectNode) attrs.get("external_gateway_info")).putNull("qos_policy_id");
        }
        extras.apply(attrs);
        if (!attrs.isEmpty()) {
            api.update(Neutron.ROUTER, obj.path("id").asText(), attrs);
        }
        Tags.set(api, Neutron.ROUTER, obj, tags, noTag);
    }
}
