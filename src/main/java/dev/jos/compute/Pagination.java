package dev.jos.compute;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/** Nova's pagination: a page ends with `<resource>_links` holding a `next` link that carries the marker. */
final class Pagination {
    private Pagination() {
    }

    /** The marker of the next page, or null on the last page. */
    static String nextMarker(JsonNode body, String linksKey) {
        for (JsonNode link : body.path(linksKey)) {
            if ("next".equals(link.path("rel").asText())) {
                String query = URI.create(link.path("href").asText()).getRawQuery();
                if (query == null) {
                    return null;
                }
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && pair.substring(0, eq).equals("marker")) {
                        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    }
                }
            }
        }
        return null;
    }
}
