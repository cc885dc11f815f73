package dev.jos.trace;

import java.util.Map;

/**
 * The status as requestshook writes it, {@code 201 CREATED}: the code and the reason phrase the
 * service sent. Lines older than record version 1.2 have no reason, so it is made up as the
 * services make it: keystone (Flask/Werkzeug) upper-cases the phrase, the webob services
 * (nova, glance, neutron, placement) use the standard one.
 */
final class StatusText {
    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"),
            Map.entry(203, "Non-Authoritative Information"), Map.entry(204, "No Content"),
            Map.entry(206, "Partial Content"), Map.entry(300, "Multiple Choices"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
            Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"), Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"), Map.entry(409, "Conflict"),
            Map.entry(410, "Gone"), Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Request Entity Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private StatusText() {
    }

    /** {@code 201 CREATED}; null for an exchange without a response. */
    static String of(TraceRecord r) {
        if (r.status() == null) {
            return null;
        }
        String reason = r.reason();
        if (reason == null || reason.isEmpty()) {
            reason = PHRASES.getOrDefault(r.status(), "");
            if ("keystone".equals(r.service())) {
                reason = reason.toUpperCase(java.util.Locale.ROOT);
            }
        }
        return reason.isEmpty() ? String.valueOf(r.status()) : r.status() + " " + reason;
    }
}
