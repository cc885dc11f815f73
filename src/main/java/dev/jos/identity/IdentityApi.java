package dev.jos.identity;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.session.AuthToken;

/**
 * Keystone v3 as identity commands need it, as raw JSON: commands render what the cloud
 * returned, key for key, as OSC does with keystoneclient's `_info`, so nothing is lost to a
 * model class. Errors are {@link dev.jos.session.ApiException}s. Tests fake this interface.
 */
public interface IdentityApi {
    /** The token the session authenticated with (for `token issue` and name-from-token lookups). */
    AuthToken token();

    ObjectNode get(IdentityKind kind, String id);

    JsonNode getWithQuery(IdentityKind kind, String id, Map<String, String> query);

    List<ObjectNode> list(IdentityKind kind, Map<String, String> query);

    /**
     * A collection below other resources: each element of {@code segments} is one path segment,
     * encoded by the implementation (e.g. {@code List.of("groups", groupId, "users")}), so a name
     * can never add a segment.
     */
    List<ObjectNode> list(List<String> segments, String collectionKey, Map<String, String> query);

    ObjectNode create(IdentityKind kind, ObjectNode fields);

    ObjectNode update(IdentityKind kind, String id, ObjectNode fields);

    void delete(IdentityKind kind, String id);

    /** PUT with no body; segments as in {@link #list(List, String, Map)}. */
    void put(List<String> segments);

    /** DELETE; segments as in {@link #list(List, String, Map)}. */
    void delete(List<String> segments);

    void post(List<String> segments, ObjectNode body);

    /** DELETE /auth/tokens with the token as X-Subject-Token. */
    void revokeToken(String tokenId);
}
