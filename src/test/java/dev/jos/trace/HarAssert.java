package dev.jos.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jos.json.Json;
import java.io.IOException;
import java.util.List;

/** The fields HAR 1.2 (W3C draft, Jan Odvarko) requires, and their types. */
final class HarAssert {
    private HarAssert() {
    }

    static JsonNode valid(String text, int entries) throws IOException {
        JsonNode har = Json.parse(text);
        JsonNode log = require(har, "log", "object");
        assertEquals("1.2", require(log, "version", "string").asText());
        JsonNode creator = require(log, "creator", "object");
        require(creator, "name", "string");
        require(creator, "version", "string");
        JsonNode list = require(log, "entries", "array");
        assertEquals(entries, list.size());
        for (JsonNode e : list) {
            assertTrue(require(e, "startedDateTime", "string").asText()
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)"));
            require(e, "time", "number");
            JsonNode req = require(e, "request", "object");
            for (String f : List.of("method", "url", "httpVersion")) {
                require(req, f, "string");
            }
            require(req, "cookies", "array");
            nameValues(require(req, "headers", "array"));
            nameValues(require(req, "queryString", "array"));
            require(req, "headersSize", "number");
            require(req, "bodySize", "number");
            if (req.has("postData")) {
                require(req.get("postData"), "mimeType", "string");
                assertTrue(req.get("postData").has("text") || req.get("postData").has("params"));
            }
            JsonNode resp = require(e, "response", "object");
            require(resp, "status", "number");
            require(resp, "statusText", "string");
            require(resp, "httpVersion", "string");
            require(resp, "cookies", "array");
            nameValues(require(resp, "headers", "array"));
            JsonNode content = require(resp, "content", "object");
            require(content, "size", "number");
            require(content, "mimeType", "string");
            require(resp, "redirectURL", "string");
            require(resp, "headersSize", "number");
            require(resp, "bodySize", "number");
            require(e, "cache", "object");
            JsonNode timings = require(e, "timings", "object");
            for (String f : List.of("send", "wait", "receive")) {
                assertTrue(require(timings, f, "number").asDouble() >= 0, f);
            }
        }
        return har;
    }

    private static void nameValues(JsonNode array) {
        for (JsonNode nv : array) {
            require(nv, "name", "string");
            require(nv, "value", "string");
        }
    }

    private static JsonNode require(JsonNode node, String field, String type) {
        JsonNode v = node.get(field);
        assertTrue(v != null, "missing " + field + " in " + node);
        boolean ok = switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "number" -> v.isNumber();
            default -> false;
        };
        assertTrue(ok, field + " is not a " + type + ": " + v);
        return v;
    }
}
