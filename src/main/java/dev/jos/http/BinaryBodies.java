package dev.jos.http;

import java.util.Locale;

/**
 * Which bodies --debug and --record show only as a placeholder (length and SHA-256, never the
 * bytes): files and streams, which are not kept, and bodies whose content type is neither JSON
 * nor text, such as an image's {@code application/octet-stream}.
 */
final class BinaryBodies {
    private BinaryBodies() {
    }

    /**
     * True when the content type says binary; false for JSON, text and XML types and when there
     * is none (then the bytes themselves decide, as before).
     */
    static boolean binaryType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        String t = contentType.toLowerCase(Locale.ROOT).strip();
        return !(t.contains("json") || t.startsWith("text/") || t.contains("xml")
                || t.startsWith("application/x-www-form-urlencoded"));
    }

    /** What of the request body is shown as a placeholder, or null when it is shown as it is. */
    static BodySummary requestPlaceholder(Exchange exchange) {
        ApiRequest request = exchange.request();
        RequestBody body = request.requestBody();
        if (body == null) {
            return null;
        }
        if (body.streamed()) {
            // metered while sent; a body that failed before its stream opened counts as nothing sent
            return exchange.sentBody() != null ? exchange.sentBody() : new BodySummary(0, java.util.Map.of());
        }
        byte[] bytes = body.inMemory();
        if (bytes.length > 0 && binaryType(request.headers().first("Content-Type"))) {
            return exchange.sentBody() != null ? exchange.sentBody() : BodySummary.of(bytes);
        }
        return null;
    }

    /** What of the response body is shown as a placeholder, or null when it is shown as it is. */
    static BodySummary responsePlaceholder(ApiResponse response) {
        if (response.bodyStreamed()) {
            return response.receivedBody();
        }
        if (response.bodyLength() > 0 && binaryType(response.contentType())) {
            return BodySummary.of(response.bodyBytes());
        }
        return null;
    }
}
