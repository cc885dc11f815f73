package dev.jos.session;

import dev.jos.json.Json;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.jos.http.ApiResponse;

/** keystoneauth1.exceptions.http.from_response: how an error response becomes a message. */
public final class HttpErrors {
    private static final Map<Integer, String> DEFAULT_MESSAGES = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"), Map.entry(407, "Proxy Authentication Required"),
            Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(410, "Gone"),
            Map.entry(411, "Length Required"), Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Request Entity Too Large"), Map.entry(414, "Request-URI Too Long"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(416, "Requested Range Not Satisfiable"),
            Map.entry(417, "Expectation Failed"), Map.entry(422, "Unprocessable Entity"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"), Map.entry(505, "HTTP Version Not Supported"));

    private HttpErrors() {
    }

    public static ApiException fromResponse(ApiResponse response) {
        int status = response.status();
        String message = null;
        String contentType = response.headers().first("Content-Type");
        if (contentType != null && contentType.startsWith("application/json")) {
            try {
                JsonNode body = Json.parse(response.body());
                if (body != null && body.path("error").isObject()) {
                    message = textOrNull(body.path("error").get("message"));
                } else if (body != null && body.path("errors").isArray()) {
                    JsonNode errors = body.path("errors");
                    if (errors.size() > 0) {
                        String header = errors.size() > 1 ? "Multiple error responses, showing first only: " : "";
                        message = header + textOrNone(errors.get(0).get("title"));
                    }
                } else {
                    message = "Unrecognized schema in response body.";
                }
            } catch (java.io.IOException e) {
                // not JSON after all: keystoneauth falls back to the class message too
            }
        }
        if (message == null) {
            message = DEFAULT_MESSAGES.getOrDefault(status,
                    status >= 500 ? "HTTP Server Error" : status >= 400 ? "HTTP Client Error" : "HTTP Error");
        }
        return new ApiException(status, message, response.headers().first("x-openstack-request-id"));
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String textOrNone(JsonNode n) {
        return n == null || n.isNull() ? "None" : n.asText();
    }
}
