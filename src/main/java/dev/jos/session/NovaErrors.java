package dev.jos.session;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.jos.http.ApiResponse;
import dev.jos.json.Json;

/**
 * novaclient.exceptions.from_response, for the server commands OSC 6.0 runs through novaclient:
 * "{message} (HTTP {status}) (Request-ID: {x-compute-request-id})", the message being the body's
 * "message" or that of its first top-level object, else the exception class's default.
 */
public final class NovaErrors {
    private static final Map<Integer, String> CLASS_MESSAGES = Map.of(400, "Bad request", 401, "Unauthorized",
            403, "Forbidden", 404, "Not found", 405, "Method Not Allowed", 406, "Not Acceptable", 409, "Conflict",
            413, "Over limit", 429, "Rate limit", 501, "Not Implemented");

    private NovaErrors() {
    }

    /** The error for a response of status 400 or more (the url is not part of novaclient's text). */
    public static ApiException fromResponse(ApiResponse response, String url) {
        String message = null;
        JsonNode body = null;
        if (response.bodyLength() > 0) {
            try {
                body = Json.parse(response.body());
            } catch (IOException | RuntimeException e) {
                body = null; // keystoneauth's resp.json() failed: novaclient has no body
            }
        }
        if (body != null && body.isObject() && body.size() > 0) {
            JsonNode m;
            if (body.has("message")) {
                m = body.get("message");
            } else {
                Iterator<JsonNode> first = body.elements();
                JsonNode error = first.next();
                m = error.isObject() ? error.get("message") : null;
            }
            // novaclient keeps "n/a" only when the body's error has no message key at all
            message = m == null || m.isNull() ? null : m.isTextual() ? m.asText() : m.toString();
        }
        if (message == null || message.isEmpty()) {
            message = CLASS_MESSAGES.getOrDefault(response.status(), "Unknown Error");
        }
        return new ApiException(response.status(), message, response.headers().first("x-compute-request-id"));
    }
}
