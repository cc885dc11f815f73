package dev.jos.compute;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Nova as compute commands need it, as raw JSON (what nova returned, key for key, since OSC
 * renders keys openstack4j's models drop). Errors are {@link dev.jos.session.ApiException}s
 * worded as OSC's library for the resource words them (openstacksdk for flavors and keypairs).
 * Ids and names are passed as they are; the implementation encodes them. Tests fake this.
 */
public interface ComputeApi {

    /** What to create a flavor from; null fields are left to nova's defaults. */
    record FlavorSpec(String name, String id, Long ram, Long vcpus, Long disk, Long ephemeral,
                      Long swap, Double rxtxFactor, Boolean isPublic, String description) {
    }

    /** What to create or import a keypair from; a null public key asks nova to generate one. */
    record KeypairSpec(String name, String publicKey, String type, String userId) {
    }

    /**
     * Whether the flavor and keypair calls (openstacksdk's negotiation: the user's
     * --os-compute-api-version when given, else the highest both the resource and nova know)
     * use at least this microversion, e.g. "2.55" for flavor descriptions.
     */
    boolean supportsMicroversion(String version);

    // flavors (openstacksdk's Flavor resource, microversion up to 2.61)

    /** GET /flavors/{id}; a 404 is an ApiException with status 404. */
    ObjectNode getFlavor(String id);

    /**
     * GET /flavors/detail with the query, each flavor handed to {@code each} as it is read;
     * {@code allPages} follows nova's flavors_links (one page in memory at a time).
     */
    void listFlavors(Map<String, String> query, boolean allPages, Consumer<ObjectNode> each);

    ObjectNode createFlavor(FlavorSpec spec);

    void deleteFlavor(String id);

    /** PUT /flavors/{id} with a new description (microversion 2.55). */
    ObjectNode updateFlavorDescription(String id, String description);

    Map<String, String> flavorExtraSpecs(String id);

    Map<String, String> createFlavorExtraSpecs(String id, Map<String, String> specs);

    void deleteFlavorExtraSpec(String id, String key);

    /** The flavor's os-flavor-access entries (flavor_id, tenant_id); like the SDK, without a microversion. */
    List<ObjectNode> flavorAccess(String id);

    void addFlavorAccess(String id, String projectId);

    void removeFlavorAccess(String id, String projectId);

    // keypairs (openstacksdk's Keypair resource, microversion up to 2.10)

    /**
     * GET /os-keypairs (?user_id=, marker, limit as given), each keypair unwrapped from its
     * "keypair" object, pages followed as openstacksdk's Resource.list follows them: nova's
     * keypairs_links, or with a limit the next page from the last name; a page that repeats
     * the marker is openstacksdk's "Endless pagination loop detected, aborting". Each keypair
     * goes to {@code each} as its page is read, so what came before a failure is known, as
     * openstacksdk's generator has yielded it.
     */
    void listKeypairs(String userId, String marker, Integer limit, Consumer<ObjectNode> each);

    /** GET /os-keypairs/{name} (?user_id=); a 404 is an ApiException with status 404. */
    ObjectNode getKeypair(String name, String userId);

    /** POST /os-keypairs; the reply's keypair, with private_key when nova generated it. */
    ObjectNode createKeypair(KeypairSpec spec);

    /** DELETE /os-keypairs/{name} (?user_id= when not null). */
    void deleteKeypair(String name, String userId);

    // ---- servers: OSC 6.0 runs these through novaclient, at microversion 2.1 unless the user
    // asks for another (--os-compute-api-version), with novaclient's error wording ----

    /** Whether the microversion of the server calls (the user's, else 2.1) is at least this. */
    boolean serverMicroversionAtLeast(String version);

    /** GET /servers/{id}; a 404 is an ApiException with status 404. */
    ObjectNode getServer(String id);

    /** One page of servers and the marker of the next one (null on the last page). */
    record ServerPage(List<ObjectNode> servers, String nextMarker) {
    }

    /** GET /servers/detail (or /servers when not detailed) with the query: one page. */
    ServerPage listServers(boolean detailed, Map<String, String> query);

    /** POST /servers with novaclient's body; returns the reply's "server" object (adminPass included). */
    ObjectNode createServer(ObjectNode body);

    void deleteServer(String id);

    /** GET /servers/{id}/diagnostics: the hypervisor's figures as nova returns them. */
    ObjectNode serverDiagnostics(String id);

    /** POST /servers/{id}/action with one action, e.g. {"os-start": null}. */
    void serverAction(String id, ObjectNode action);

    /** PUT /servers/{id} with novaclient's body ({"server": {"name": ...}}). */
    void updateServer(String id, ObjectNode body);

    /** POST /servers/{id}/metadata: adds or changes these keys. */
    void setServerMetadata(String id, Map<String, String> metadata);

    /** DELETE /servers/{id}/os-server-password. */
    void clearServerPassword(String id);

    /** DELETE /servers/{id}/metadata/{key}. */
    void deleteServerMetadata(String id, String key);

    /** DELETE /servers/{id}/tags/{tag} (microversion 2.26). */
    void deleteServerTag(String id, String tag);

    /** PUT /servers/{id}/tags/{tag} (microversion 2.26). */
    void addServerTag(String id, String tag);

    /** GET /flavors/{id} as novaclient gets it (server calls' microversion and errors). */
    ObjectNode novaFlavor(String id);

    /**
     * novaclient's flavors.list: GET /flavors (summaries) or /flavors/detail; {@code isPublic}
     * null sends is_public=None (all flavors), TRUE sends nothing (nova's default: public ones).
     */
    List<ObjectNode> novaFlavors(boolean detailed, Boolean isPublic);

    // servers through openstacksdk (OSC 6.0's pause, unpause, suspend, resume): the SDK's
    // microversion negotiation (Server: up to 2.73) and error wording

    /** find_server(ignore_missing=False): by id, then the one server of that exact name; "No Server found for x". */
    ObjectNode sdkFindServer(String nameOrId);

    /** POST /servers/{id}/action as openstacksdk sends it. */
    void sdkServerAction(String id, ObjectNode action);
    /** Whether openstacksdk's compute proxy supports this microversion (sdk_utils.supports_microversion). */
    boolean sdkSupports(String version);

    // ---- server operations beyond the plain actions ----

    /** POST /servers/{id}/action as novaclient sends it, for actions that answer (rescue's adminPass): the reply's object, empty when none. */
    ObjectNode serverActionReply(String id, ObjectNode action);

    /** openstacksdk's Server.create_image (2.45 when nova has it): the new image's id (image_id, or the Location's last segment). */
    String createServerImage(String id, ObjectNode action);

    /**
     * OSC's own compute API (api/compute_v2.py) GET: no microversion header; the reply's JSON.
     * Errors are ApiExceptions (a 404 or 400 has its status).
     */
    com.fasterxml.jackson.databind.JsonNode computeApiGet(String path);

    /** novaclient's instance_action.list: GET /servers/{id}/os-instance-actions. */
    List<ObjectNode> serverEvents(String id, Map<String, String> query);

    /** novaclient's instance_action.get: GET /servers/{id}/os-instance-actions/{request id}. */
    ObjectNode serverEvent(String id, String requestId);

    /** openstacksdk's action with a reply (get_server_console_output): the reply's object. */
    ObjectNode sdkServerActionReply(String id, ObjectNode action);

    /** openstacksdk's create_server_interface: POST /servers/{id}/os-interface (ServerInterface up to 2.70). */
    ObjectNode createServerInterface(String id, ObjectNode attachment);

    /** openstacksdk's server_interfaces: GET /servers/{id}/os-interface. */
    List<ObjectNode> serverInterfaces(String id);

    /** openstacksdk's delete_server_interface: DELETE /servers/{id}/os-interface/{port}. */
    void deleteServerInterface(String id, String portId);

    /** openstacksdk's create_console: remote-consoles from 2.6 (up to 2.8), else the os-get*Console action; the console's keys. */
    ObjectNode createConsole(String id, String type);

    // ---- server groups (openstacksdk's ServerGroup, up to 2.64) ----

    ObjectNode createServerGroup(ObjectNode group);

    /** find_server_group(ignore_missing=False): "No ServerGroup found for x". */
    ObjectNode findServerGroup(String nameOrId);

    void deleteServerGroup(String id);

    /** server_groups(**query): every page. */
    List<ObjectNode> listServerGroups(Map<String, String> query);

    // ---- what the cloud's compute side is made of (availability zones, limits, services, hypervisors, quotas) ----

    /** novaclient's availability_zones.list: the availabilityZoneInfo of GET /os-availability-zone(/detail). */
    List<ObjectNode> availabilityZones(boolean detailed);

    /** novaclient's limits.get: the "limits" object of GET /limits (?reserved=1, ?tenant_id=). */
    ObjectNode limits(boolean reserved, String tenantId);

    /** openstacksdk's services(**query): GET /os-services at the SDK's microversion (up to 2.69). */
    List<ObjectNode> computeServices(Map<String, String> query);

    /** openstacksdk's supports_microversion on the compute adapter: the endpoint (or the user's choice) reaches it. */
    boolean sdkSupportsMicroversion(String version);

    /** novaclient's hypervisors.list(): GET /os-hypervisors/detail (?marker=&limit= from 2.33). */
    List<ObjectNode> hypervisors(Map<String, String> query);

    /** novaclient's hypervisors.search: GET /os-hypervisors/{matching}/search (before 2.53), every match. */
    List<ObjectNode> searchHypervisors(String matching);

    /** GET /os-hypervisors/{id}; a 404 is an ApiException with status 404. */
    ObjectNode getHypervisor(String id);

    /** GET /os-hypervisors/{id}/uptime: the "hypervisor" object. */
    ObjectNode hypervisorUptime(String id);

    /** novaclient's aggregates.list: GET /os-aggregates. */
    List<ObjectNode> aggregates();

    /** novaclient's quotas.get / defaults: the "quota_set" of GET /os-quota-sets/{project}(/defaults|/detail). */
    ObjectNode computeQuotas(String projectId, boolean defaults, boolean detail);

    /** novaclient's quota_classes.get: the "quota_class_set" of GET /os-quota-class-sets/{name}. */
    ObjectNode computeQuotaClass(String name);
}
