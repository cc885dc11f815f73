package dev.jos.session;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * keystoneauth's version discovery for catalog URLs that carry no version (glance's and
 * neutron's usually do not): the service's root document lists its versions, and the newest
 * one of the wanted major version that is not deprecated gives the URL to call.
 */
public final class EndpointDiscovery {
    private static final Pattern VERSIONED = Pattern.compile(".*/v\\d+(\\.\\d+)?/?$");

    private EndpointDiscovery() {
    }

    /** Whether the catalog URL already names a version (e.g. nova's .../v2.1, keystone's .../v3). */
    public static boolean isVersioned(String url) {
        return VERSIONED.matcher(url).matches();
    }

    /**
     * The self link of the newest version with the wanted major number in a root document
     * ({"versions": [...]} or {"versions": {"values": [...]}}), without its trailing slash;
     * null when the document offers none.
     */
    public static String versionedUrl(JsonNode doc, int major) {
        if (doc == null) {
            return null;
        }
        JsonNode versions = doc.path("versions");
        if (versions.isObject()) {
            versions = versions.path("values");
        }
        String best = null;
        int bestMinor = -1;
        for (JsonNode v : versions) {
            String status = v.path("status").asText("").toUpperCase(java.util.Locale.ROOT);
            if (status.equals("DEPRECATED") || status.equals("EXPERIMENTAL")) {
                continue;
            }
            int[] id = parse(v.path("id").asText(""));
            if (id == null || id[0] != major || id[1] < bestMinor) {
                continue;
            }
            for (JsonNode link : v.path("links")) {
                if ("self".equals(link.path("rel").asText()) && !link.path("href").asText("").isEmpty()) {
                    String href = link.path("href").asText();
                    best = href.endsWith("/") ? href.substring(0, href.length() - 1) : href;
                    bestMinor = id[1];
                }
            }
        }
        return best;
    }

    /** "v2.15" to {2, 15}; "v2" to {2, 0}; null when it is not a version id. */
    private static int[] parse(String id) {
        String s = id.startsWith("v") ? id.substring(1) : id;
        String[] parts = s.split("\\.");
        try {
            return new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
