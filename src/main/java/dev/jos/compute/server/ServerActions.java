package dev.jos.compute.server;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;

/** The loop OSC's simple server actions share: each server found, then its action, in order (the first failure ends it). */
final class ServerActions {
    private ServerActions() {
    }

    /** {"name": null}, the body of nova's argument-less actions. */
    static ObjectNode bare(String name) {
        ObjectNode body = Json.object();
        body.putNull(name);
        return body;
    }

    /** novaclient's way: osc_lib's find_resource (with all_tenants when not null), then the action. */
    static void nova(Invocation inv, List<String> servers, Boolean allProjects, ObjectNode action) {
        ComputeApi compute = inv.compute();
        for (String s : servers) {
            ObjectNode found = allProjects == null ? NovaFind.server(compute, s) : NovaFind.server(compute, s, allProjects);
            compute.serverAction(found.path("id").asText(), action);
        }
    }

    /** openstacksdk's way: find_server, then the action. */
    static void sdk(Invocation inv, List<String> servers, ObjectNode action) {
        ComputeApi compute = inv.compute();
        for (String s : servers) {
            compute.sdkServerAction(compute.sdkFindServer(s).path("id").asText(), action);
        }
    }
}
