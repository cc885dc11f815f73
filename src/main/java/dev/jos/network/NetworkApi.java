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

    // ---- the network and subnet commands (openstacksdk's network proxy, as OSC 6.0 calls it) ----

    /** find_&lt;resource&gt;(ignore_missing=False); a miss is {@link NeutronNotFound}. */
    ObjectNode find(Neutron kind, String nameOrId);

    /** POST of {@code attrs} as the resource's body; the created resource. */
    ObjectNode create(Neutron kind, ObjectNode attrs);

    /** PUT of {@code attrs} to the resource; the updated resource. */
    ObjectNode update(Neutron kind, String id, ObjectNode attrs);

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

    /** find_extension(alias): GET /extensions/{alias}, then the list by name; whether neutron has it. */
    boolean hasExtension(String alias);

    /**
     * PUT /{resource}/{id}/{action} with a bare body (a router's add_router_interface,
     * remove_router_interface, add_extraroutes, remove_extraroutes, add_external_gateways ...); the reply.
     */
    ObjectNode action(Neutron kind, String id, String action, ObjectNode body);

    /** TagMixin.set_tags: replaces the resource's tags. */
    void setTags(Neutron kind, String id, List<String> tags);
}
