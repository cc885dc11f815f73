package dev.jos.http;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Names the service behind a URL when the request itself carries no service tag (openstack4j's
 * requests never do). The CLI builds one from the service catalog.
 */
@FunctionalInterface
public interface ServiceResolver {

    /** A service tag (see {@link ServiceNames}) for the URL, or null when unknown. */
    String serviceFor(String url);

    static ServiceResolver none() {
        return url -> null;
    }

    /**
     * By endpoint URL: the tag of the longest endpoint that prefixes the URL, e.g. from the
     * catalog {@code http://127.0.0.1:8774/v2.1 -> compute}.
     */
    static ServiceResolver byEndpoint(Map<String, String> endpointToTag) {
        List<Map.Entry<String, String>> longestFirst = endpointToTag.entrySet().stream()
                .map(e -> Map.entry(e.getKey().replaceAll("/+$", ""), e.getValue()))
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .toList();
        return url -> {
            for (Map.Entry<String, String> e : longestFirst) {
                String endpoint = e.getKey();
                if (url.startsWith(endpoint) && (url.length() == endpoint.length()
                        || "/?#".indexOf(url.charAt(endpoint.length())) >= 0)) {
                    return e.getValue();
                }
            }
            return null;
        };
    }

    /** By the services' well-known default ports on any host: 5000 keystone, 8774 nova... */
    static ServiceResolver byDefaultPort() {
        Map<Integer, String> ports = Map.of(5000, "keystone", 35357, "keystone", 9292, "glance-api",
                8774, "nova-api", 9696, "neutron-server", 8778, "placement-api");
        return url -> {
            try {
                return ports.get(URI.create(url).getPort());
            } catch (IllegalArgumentException e) {
                return null;
            }
        };
    }

    /** This resolver, and where it knows nothing, the other. */
    default ServiceResolver orElse(ServiceResolver other) {
        return url -> {
            String tag = serviceFor(url);
            return tag != null ? tag : other.serviceFor(url);
        };
    }
}
