package dev.jos.session;

import dev.jos.json.Json;
import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

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
        return body(send("GET", path, query, null));
    }

    public JsonNode get(String path) {
        return get(path, Map.of());
    }

    public JsonNode post(String path, JsonNode body) {
        return body(send("POST", path, Map.of(), body));
    }

    public JsonNode patch(String path, JsonNode body) {
        return body(send("PATCH", path, Map.of(), body));
    }

    public JsonNode put(String path, JsonNode body) {
        return body(send("PUT", path, Map.of(), body));
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
        String url = Urls.join(session.endpoint(serviceType), path) + Urls.query(query);
        ApiRequest.Builder request = ApiRequest.builder(method, url).service(serviceName)
                .header("Accept", "application/json").header("User-Agent", session.userAgent())
                .header("X-Auth-Token", session.token().id());
        extraHeaders.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", "application/json").body(Json.write(body));
        }
        return session.transportSend(request.build());
    }

    private static JsonNode body(ApiResponse response) {
        byte[] b = response.body();
        if (b == null || b.length == 0) {
            return null;
        }
        try {
            return Json.parse(b);
        } catch (IOException e) {
            throw new CommandException("Invalid JSON in response from " + response.status() + ": " + e.getMessage());
        }
    }
}
