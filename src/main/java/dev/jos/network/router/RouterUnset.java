package dev.jos.network.router;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.json.Json;
import dev.jos.network.ExtraProperties;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.Tags;
import dev.jos.output.PythonRepr;
import dev.jos.session.CommandException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's UnsetRouter: routes removed from the router's own, the gateway or its QoS policy cleared, then the tags. */
public class RouterUnset extends ActionCommand {
    @Mixin
    ExtraProperties extra = new ExtraProperties();
    @Option(names = "--route", paramLabel = "destination=<subnet>,gateway=<ip-address>",
            description = "Routes to be removed from the router destination: destination subnet (in CIDR notation) "
                    + "gateway: nexthop IP address (repeat option to unset multiple routes)")
    List<String> routes;
    @Option(names = "--external-gateway", description = "Remove external gateway information from the router")
    boolean externalGateway;
    @Option(names = "--qos-policy", description = "Remove QoS policy from router gateway IPs")
    boolean qosPolicy;
    @Parameters(paramLabel = "<router>", description = "Router to modify (name or ID)")
    String router;
    @Option(names = "--tag", paramLabel = "<tag>",
            description = "Tag to be removed from the router (repeat option to remove multiple tags)")
    List<String> tags;
    @Option(names = "--all-tag", description = "Clear all tags associated with the router")
    boolean allTag;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--tag", "--all-tag"));
    }

    @Override
    protected void act(Invocation inv) {
        ExtraProperties.Parsed extras = extra.parse();
        List<Map<String, String>> gone = RouterArgs.routes(routes);
        NetworkApi api = inv.network();
        ObjectNode obj = api.find(Neutron.ROUTER, router);
        ObjectNode attrs = Json.object();
        if (!gone.isEmpty()) {
            Object v = JsonRows.value(obj.get("routes"));
            List<Object> current = v instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
            for (Map<String, String> route : gone) {
                if (!current.remove(route)) {
                    throw new CommandException("Router does not contain route " + PythonRepr.repr(route));
                }
            }
            ArrayNode left = attrs.putArray("routes");
            for (Object r : current) {
                ObjectNode o = left.addObject();
                ((Map<?, ?>) r).forEach((k, x) -> o.put(String.valueOf(k), x == null ? null : String.valueOf(x)));
            }
        }
        if (qosPolicy) {
            JsonNode info = obj.get("external_gateway_info");
            // OSC only checks that both keys are there (their values may be None)
            if (info == null || !info.isObject() || !info.has("network_id") || !info.has("qos_policy_id")) {
                throw new CommandException("Router does not have external network or qos policy");
            }
            ObjectNode g = attrs.putObject("external_gateway_info");
            g.set("network_id", info.get("network_id").deepCopy());
            g.putNull("qos_policy_id");
        }
        if (externalGateway) {
            attrs.putObject("external_gateway_info");
        }
        extras.applyUnset(attrs);
        if (!attrs.isEmpty()) {
            api.update(Neutron.ROUTER, obj.path("id").asText(), attrs);
        }
        Tags.unset(api, Neutron.ROUTER, obj, tags, allTag);
    }
}
