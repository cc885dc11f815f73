package dev.jos.network.router;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.json.Json;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.output.Record;

/**
 * router add/remove route: one PUT of add_extraroutes or remove_extraroutes with the routes
 * (none is fine), shown as the SDK's router updated by the reply (no interfaces_info).
 */
final class RouterRoutes {
    private RouterRoutes() {
    }

    static Record change(Invocation inv, String router, List<String> routes, boolean add) {
        List<Map<String, String>> parsed = RouterArgs.routes(routes);
        NetworkApi api = inv.network();
        ObjectNode obj = api.find(Neutron.ROUTER, router);
        ObjectNode body = Json.object();
        body.putObject("router").set("routes", RouterArgs.array(parsed));
        ObjectNode reply = api.action(Neutron.ROUTER, obj.path("id").asText(), add ? "add_extraroutes" : "remove_extraroutes",
                body);
        if (reply.path("router").isObject()) {
            obj.setAll((ObjectNode) reply.get("router"));
        }
        return RouterColumns.record(obj);
    }
}
