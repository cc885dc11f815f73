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
}
