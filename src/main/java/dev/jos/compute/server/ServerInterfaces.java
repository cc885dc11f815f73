package dev.jos.compute.server;

import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.network.NetworkApi;
import dev.jos.session.CommandException;

/** What OSC's AddPort and AddNetwork share (openstacksdk): server, then the neutron look-up, then the --tag check, then the interface. */
final class ServerInterfaces {
    private ServerInterfaces() {
    }

    /** @param key "port_id" or "net_id"; {@code find} looks the value up through neutron */
    static void attach(Invocation inv, String server, String key, Function<NetworkApi, ObjectNode> find, String tag) {
        ComputeApi compute = inv.compute();
        String id = compute.sdkFindServer(server).path("id").asText();
        ObjectNode attachment = Json.object();
        attachment.put(key, find.apply(inv.network()).path("id").asText());
        if (tag != null && !tag.isEmpty()) {
            if (!compute.sdkSupports("2.49")) {
                throw new CommandException("--os-compute-api-version 2.49 or greater is required to support the --tag option");
            }
            attachment.put("tag", tag);
        }
        compute.createServerInterface(id, attachment);
    }
}
