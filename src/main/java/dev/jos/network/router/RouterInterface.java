package dev.jos.network.router;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.json.Json;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;

/**
 * router add/remove port/subnet as OSC does them: the port or subnet found first, then the
 * router, then one PUT of add_router_interface or remove_router_interface with its id.
 */
final class RouterInterface {
    private RouterInterface() {
    }

    static void change(Invocation inv, String router, Neutron kind, String nameOrId, boolean add) {
        NetworkApi api = inv.network();
        String id = api.find(kind, nameOrId).path("id").asText();
        String routerId = api.find(Neutron.ROUTER, router).path("id").asText();
        ObjectNode body = Json.object();
        body.put(kind == Neutron.PORT ? "port_id" : "subnet_id", id);
        api.action(Neutron.ROUTER, routerId, add ? "add_router_interface" : "remove_router_interface", body);
    }
}
