package dev.jos.network;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Neutron as the server commands need it (OSC 6.0 reaches it through openstacksdk's network
 * proxy), as raw JSON. Each find is openstacksdk's find(ignore_missing=False): a miss is
 * "No Network found for x", two matches "More than one Network exists with the name 'x'.".
 * Tests fake this.
 */
public interface NetworkApi {

    ObjectNode findNetwork(String nameOrId);

    ObjectNode findSecurityGroup(String nameOrId);

    ObjectNode findPort(String nameOrId);

    ObjectNode findRouter(String nameOrId);

    /** The ports whose device_id is the server's (the SDK's ports(device_id=...)), in neutron's order. */
    List<ObjectNode> serverPorts(String serverId);

    // ---- the network and subnet commands (openstacksdk's network proxy, as OSC 6.0 calls it) ----

    /** find_&lt;resource&gt;(ignore_missing=False); a miss is {@link NeutronNotFound}. */
    ObjectNode find(Neutron kind, String nameOrId);

    /** get_&lt;resource&gt;: GET by id only (no search by name); an error carries the SDK's own text. */
    ObjectNode get(Neutron kind, String id);

    /** The agents hosting a network (its dhcp-agents) or, with {@code router}, a router (its l3-agents). */
    void hostingAgents(boolean router, String id, Consumer<ObjectNode> each);

    /** The SDK proxy's get_agent: its _get words a failure "No Agent found for {id}: {reason}". */
    default ObjectNode getAgent(String id) {
        try {
            return get(Neutron.AGENT, id);
        } catch (dev.jos.session.ApiException e) {
            String text = e.getMessage().replaceFirst("^\\w+: \\d+: ", "");
            throw new dev.jos.session.CommandException("No Agent found for " + id + ": " + text, e);
        }
    }

    /** What an agent hosts: a DHCP agent's networks or, with {@code routers}, an L3 agent's routers. */
    void agentHosted(boolean routers, String agentId, Consumer<ObjectNode> each);

    /** find_extension(name, ignore_missing=False) finds it: GET /extensions/{name}, else every extension by alias or name. */
    boolean hasExtension(String name);

    /** get_quota / get_quota_default: the "quota" of GET /quotas/{project}(/default). */
    ObjectNode quota(String projectId, boolean defaults);

    /** availability_zones(): neutron's network and router zones. */
    List<ObjectNode> availabilityZones();

    /** POST of {@code attrs} as the resource's body; the created resource. */
    ObjectNode create(Neutron kind, ObjectNode attrs);

    /** PUT of {@code attrs} to the resource; the updated resource. */
    ObjectNode update(Neutron kind, String id, ObjectNode attrs);

    /**
     * update_&lt;resource&gt;(obj, **attrs) as openstacksdk commits it: only the attributes whose
     * value differs from the object's are sent, and no request at all when none does. The object
     * takes the new values (a later update compares with them, as the SDK's in-memory resource).
     */
    default void updateChanged(Neutron kind, ObjectNode obj, ObjectNode attrs) {
        ObjectNode changed = attrs.deepCopy();
        attrs.fields().forEachRemaining(e -> {
            if (obj.has(e.getKey()) && obj.get(e.getKey()).equals(e.getValue())) {
                changed.remove(e.getKey());
            }
        });
        if (!changed.isEmpty()) {
            obj.setAll(changed);
            update(kind, obj.path("id").asText(), changed);
        }
    }

    /** DELETE of the resource (a 404 is the caller's to forgive). */
    void delete(Neutron kind, String id);

    /**
     * What OSC's network delete commands do per item: find(ignore_missing=False), then
     * delete_&lt;resource&gt;(ignore_missing=True), so one gone meanwhile counts as deleted.
     */
    default void findAndDelete(Neutron kind, String nameOrId) {
        String id = find(kind, nameOrId).path("id").asText();
        try {
            delete(kind, id);
        } catch (dev.jos.session.ApiException e) {
            if (!e.isNotFound()) {
                throw e;
            }
        }
    }

    /** Every resource matching the query (in order), page by page as neutron's links lead. */
    void list(Neutron kind, Map<String, String> query, Consumer<ObjectNode> each);

    /** {@link #list} with parameters that repeat: openstacksdk sends a list value as one key per item. */
    void listRepeating(Neutron kind, List<Map.Entry<String, String>> query, Consumer<ObjectNode> each);

    /**
     * PUT /{resource}/{id}/{action} with a bare body (a router's add_router_interface,
     * remove_router_interface, add_extraroutes, remove_extraroutes, add_external_gateways ...); the reply.
     */
    ObjectNode action(Neutron kind, String id, String action, ObjectNode body);

    /** TagMixin.set_tags: replaces the resource's tags. */
    void setTags(Neutron kind, String id, List<String> tags);
}
