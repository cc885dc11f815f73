package dev.jos.identity;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.http.Urls;
import dev.jos.json.Json;
import dev.jos.session.AuthToken;
import dev.jos.session.RestClient;

/**
 * {@link IdentityApi} over keystone v3's REST API, as raw JSON: commands render what the cloud returned, key for key, as OSC
 * does with keystoneclient's `_info`, so nothing is lost to a model class. Every path is built by
 * {@link Urls#path}, so ids and names are always single, encoded segments.
 */
public final class RestIdentityApi implements IdentityApi {
    private final RestClient rest;
    private final Supplier<AuthToken> token;

    public RestIdentityApi(RestClient rest, Supplier<AuthToken> token) {
        this.rest = rest;
        this.token = token;
    }

    @Override
    public AuthToken token() {
        return token.get();
    }

    @Override
    public ObjectNode get(IdentityKind kind, String id) {
        return rest.getObject(Urls.path(kind.path(), id), Map.of(), kind.singular());
    }

    @Override
    public JsonNode getWithQuery(IdentityKind kind, String id, Map<String, String> query) {
        return rest.getObject(Urls.path(kind.path(), id), query, kind.singular());
    }

    @Override
    public List<ObjectNode> list(IdentityKind kind, Map<String, String> query) {
        return list(List.of(kind.path()), kind.path(), query);
    }

    @Override
    public List<ObjectNode> list(List<String> segments, String collectionKey, Map<String, String> query) {
        return rest.getList(path(segments), query, collectionKey);
    }

    @Override
    public ObjectNode create(IdentityKind kind, ObjectNode fields) {
        ObjectNode body = Json.object();
        body.set(kind.singular(), fields);
        return rest.sendForObject("POST", Urls.path(kind.path()), body, kind.singular());
    }

    @Override
    public ObjectNode update(IdentityKind kind, String id, ObjectNode fields) {
        ObjectNode body = Json.object();
        body.set(kind.singular(), fields);
        return rest.sendForObject("PATCH", Urls.path(kind.path(), id), body, kind.singular());
    }

    @Override
    public void delete(IdentityKind kind, String id) {
        rest.delete(Urls.path(kind.path(), id));
    }

    @Override
    public void put(List<String> segments) {
        rest.put(path(segments), null);
    }

    @Override
    public void delete(List<String> segments) {
        rest.delete(path(segments));
    }

    @Override
    public void post(List<String> segments, ObjectNode body) {
        rest.post(path(segments), body);
    }

    @Override
    public void revokeToken(String tokenId) {
        rest.send("DELETE", Urls.path("auth", "tokens"), Map.of(), null, Map.of("X-Subject-Token", tokenId));
    }

    private static String path(List<String> segments) {
        return Urls.path(segments.toArray(String[]::new));
    }
}
