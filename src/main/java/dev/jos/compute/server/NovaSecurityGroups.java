package dev.jos.compute.server;

import com.fasterxml.jackson.databind.JsonNode;

import dev.jos.compute.ComputeApi;
import dev.jos.http.Urls;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;

/**
 * OSC's compute API security_group_find (api/compute_v2.py, nova's os-security-groups proxy):
 * GET by the value; on a 404 or 400 the project's list, matched by name locally. Its misses
 * are osc_lib's, worded "none found (HTTP 404)" and "many found".
 */
final class NovaSecurityGroups {
    private NovaSecurityGroups() {
    }

    /** OSC's Add/RemoveServerSecurityGroup: novaclient's find, this find, then {"action": {"name": id}}. */
    static void act(dev.jos.cli.Invocation inv, String server, String group, String action) {
        ComputeApi compute = inv.compute();
        String id = NovaFind.server(compute, server).path("id").asText();
        com.fasterxml.jackson.databind.node.ObjectNode body = dev.jos.json.Json.object();
        body.putObject(action).put("name", findId(compute, group));
        compute.serverAction(id, body);
    }

    /** The group's id. */
    static String findId(ComputeApi compute, String value) {
        try {
            return strip(compute.computeApiGet(Urls.path("os-security-groups", value))).path("id").asText();
        } catch (ApiException e) {
            if (e.status() != 404 && e.status() != 400) {
                throw e;
            }
        }
        JsonNode match = null;
        int matches = 0;
        for (JsonNode group : strip(compute.computeApiGet("/os-security-groups"))) {
            if (group.has("name") && value.equals(group.path("name").asText(null))) {
                match = group;
                matches++;
            }
        }
        if (matches == 0) {
            throw new CommandException("none found (HTTP 404)");
        }
        if (matches > 1) {
            throw new CommandException("many found");
        }
        return match.path("id").asText();
    }

    /** osc_lib strips the enclosing dict of a reply: its first key's value. */
    private static JsonNode strip(JsonNode reply) {
        if (reply != null && reply.isObject() && reply.size() > 0) {
            return reply.elements().next();
        }
        return reply == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : reply;
    }
}
