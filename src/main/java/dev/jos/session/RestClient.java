package dev.jos.session;

import dev.jos.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.http.ApiRequest;
import dev.jos.http.ApiResponse;
import dev.jos.http.Urls;

/**
 * JSON calls to one service of the cloud, authenticated by the session. Errors come back as
 * {@link ApiException} with keystoneauth's wording; a 401 on a reused token renews it once.
 */
public final class RestClient {
    private final CloudSession session;
    private final String serviceType;
    private final String serviceName;

    RestClient(CloudSession session, String serviceType, String serviceName) {
        this.session = session;
        this.serviceType = serviceType;
        this.serviceName = serviceName;
    }

    public JsonNode get(String path, Map<String, String> query) {
        return body(send("GET", path, query, null), url(path, query));
    }

    /**
     * GET of one resource: the object under {@code key} of the reply. A reply of any other
     * shape is the command's error, naming the URL, as keystoneclient fails on it too.
     */
    public ObjectNode getObject(String path, Map<String, String> query, String key) {
        return objectUnder(get(path, query), key, url(path, query));
    }

    /** GET of a collection: the objects in the list under {@code key}; any other shape fails. */
    public List<ObjectNode> getList(String path, Map<String, String> query, String key) {
        String url = url(path, query);
        JsonNode list = get(path, query);
        JsonNode items = list == null ? null : list.get(key);
        if (items == null || !items.isArray()) {
            throw unexpected(url, "no \"" + key + "\" list");
        }
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode n : items) {
            if (!(n instanceof ObjectNode o)) {
                throw unexpected(url, "an item of \"" + key + "\" is not an object");
            }
            out.add(o);
        }
        return out;
    }

    /** POST/PATCH/PUT whose reply carries the written resource under {@code key}. */
    public ObjectNode sendForObject(String method, String path, JsonNode body, String key) {
        String url = url(path, Map.of());
        return objectUnder(body(send(method, path, Map.of(), body), url), key, url);
    }

    public JsonNode get(String path) {
        return get(path, Map.of());
    }

    public JsonNode post(String path, JsonNode body) {
        return body(send("POST", path, Map.of(), body), url(path, Map.of()));
    }

    public JsonNode patch(String path, JsonNode body) {
        return body(send("PATCH", path, Map.of(), body), url(path, Map.of()));
    }

    public JsonNode put(String path, JsonNode body) {
        return body(send("PUT", path, Map.of(), body), url(path, Map.of()));
    }

    public void delete(String path) {
        send("DELETE", path, Map.of(), null);
    }

    public void head(String path) {
        send("HEAD", path, Map.of(), null);
    }

    public ApiResponse send(String method, String path, Map<String, String> query, JsonNode body) {
        return send(method, path, query, body, Map.of());
    }

    public ApiResponse send(String method, String path, Map<String, String> query, JsonNode body,
                            Map<String, String> extraHeaders) {
        ApiResponse response = attempt(method, path, query, body, extraHeaders);
        if (response.status() == 401 && session.renewAfterUnauthorized()) {
            response = attempt(method, path, query, body, extraHeaders);
        }
        if (response.status() >= 400) {
            throw HttpErrors.fromResponse(response);
        }
        return response;
    }

    private ApiResponse attempt(String method, String path, Map<String, String> query, JsonNode body,
                                Map<String, String> extraHeaders) {
        String url = url(path, query);
        ApiRequest.Builder request = ApiRequest.builder(method, url).service(serviceName)
                .header("Accept", "application/json").header("User-Agent", session.userAgent())
                .header("X-Auth-Token", session.token().id());
        extraHeaders.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", "application/json").body(Json.write(body));
        }
        return session.transportSend(request.build());
    }

    /** @param path already encoded, built by {@link Urls#path} */
    private String url(String path, Map<String, String> query) {
        return Urls.join(session.endpoint(serviceType), path) + Urls.query(query);
    }

    private static JsonNode body(ApiResponse response, String url) {
        byte[] b = response.body();
        if (b == null || b.length == 0) {
            return null;
        }
        try {
            return Json.parse(b);
        } catch (IOException | RuntimeException e) {
            // the parser's own text spans lines and names its internals: the URL says enough
            throw new CommandException("Invalid JSON in response from " + url);
        }
    }

    private static ObjectNode objectUnder(JsonNode reply, String key, String url) {
        if (reply == null) {
            throw unexpected(url, "empty body");
        }
        if (reply.get(key) instanceof ObjectNode o) {
            return o;
        }
        throw unexpected(url, "no \"" + key + "\" object");
    }

    private static CommandException unexpected(String url, String what) {
        return new CommandException("Unexpected response from " + url + ": " + what);
    }
}
