package dev.jos.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.session.AuthToken;
import dev.jos.json.Json;
import dev.jos.session.RestClient;

/**
 * {@link IdentityApi} over keystone v3's REST API, as raw JSON: commands render what the cloud returned, key for key, as OSC
 * does with keystoneclient's `_info`, so nothing is lost to a model class.
 */
public final class RestIdentityApi implements IdentityApi {
    private final RestClient rest;
    private final java.util.function.Supplier<AuthToken> token;

    public RestIdentityApi(RestClient rest, java.util.function.Supplier<AuthToken> token) {
        this.rest = rest;
        this.token = token;
    }

    @Override
    public AuthToken token() {
        return token.get();
    }

    @Override
    public ObjectNode get(IdentityKind kind, String id) {
        return (ObjectNode) rest.get("/" + kind.path() + "/" + id).get(kind.singular());
    }

    @Override
    public JsonNode getWithQuery(IdentityKind kind, String id, Map<String, String> query) {
        return rest.get("/" + kind.path() + "/" + id, query).get(kind.singular());
    }

    @Override
    public List<ObjectNode> list(IdentityKind kind, Map<String, String> query) {
        return list("/" + kind.path(), kind.path(), query);
    }

    @Override
    public List<ObjectNode> list(String path, String collectionKey, Map<String, String> query) {
        JsonNode body = rest.get(path, query);
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode n : body.path(collectionKey)) {
            out.add((ObjectNode) n);
        }
        return out;
    }

    @Override
    public ObjectNode create(IdentityKind kind, ObjectNode fields) {
        ObjectNode body = Json.object();
        body.set(kind.singular(), fields);
        return (ObjectNode) rest.post("/" + kind.path(), body).get(kind.singular());
    }

    @Override
    public ObjectNode update(IdentityKind kind, String id, ObjectNode fields) {
        ObjectNode body = Json.object();
        body.set(kind.singular(), fields);
        return (ObjectNode) rest.patch("/" + kind.path() + "/" + id, body).get(kind.singular());
    }

    @Override
    public void delete(IdentityKind kind, String id) {
        rest.delete("/" + kind.path() + "/" + id);
    }

    @Override
    public void put(String path) {
        rest.put(path, null);
    }

    @Override
    public void delete(String path) {
        rest.delete(path);
    }

    @Override
    public void post(String path, ObjectNode body) {
        rest.post(path, body);
    }

    @Override
    public void revokeToken(String tokenId) {
        rest.send("DELETE", "/auth/tokens", Map.of(), null, Map.of("X-Subject-Token", tokenId));
    }
}
