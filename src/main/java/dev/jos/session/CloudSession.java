package dev.jos.session;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.jos.http.ApiRequest;
import dev.jos.http.ApiResponse;
import dev.jos.http.ServiceNames;
import dev.jos.http.Transport;
import dev.jos.json.Json;
import dev.jos.session.config.CloudConfig;

/**
 * One invocation's connection to the cloud. Nothing happens until a command asks for a
 * service: then the token comes from the cache or from keystone, once.
 */
public final class CloudSession {
    private final CloudConfig config;
    private final Transport transport;
    private final TokenCache cache;
    private final String userAgent;
    private final Map<String, RestClient> clients = new HashMap<>();
    private AuthToken token;
    private boolean tokenFromCache;
    private boolean seeded;
    /** Ids of tokens the cloud answered 401 to in this run. */
    private final Set<String> rejected = new HashSet<>();
    private com.fasterxml.jackson.databind.node.ObjectNode discovery;
    /** What discovery could not learn in this run: asked once per run, never cached. */
    private final java.util.Set<String> unanswered = new java.util.HashSet<>();

    /** @param cache null when the token cache is disabled */
    public CloudSession(CloudConfig config, Transport transport, TokenCache cache, String userAgent) {
        this.config = config;
        this.transport = transport;
        this.cache = cache;
        this.userAgent = userAgent;
    }

    public CloudConfig config() {
        return config;
    }

    public String userAgent() {
        return userAgent;
    }

    /**
     * A token this session may use before asking the cache or keystone (an interactive session's,
     * from its previous command); a 401 on it logs in again as for a cached one.
     */
    public synchronized void seed(AuthToken reused) {
        if (token == null && reused != null && reused.body() != null
                && reused.expiresAt().isAfter(java.time.Instant.now().plus(TokenCache.MIN_REMAINING))) {
            token = reused;
            seeded = true;
        }
    }

    /** The token this session holds, or null when it never needed one. */
    public synchronized AuthToken currentToken() {
        return token;
    }

    public synchronized AuthToken token() {
        if (token == null) {
            if (cache != null) {
                token = cache.load(config.cacheKey()).filter(this::usable).orElse(null);
                tokenFromCache = token != null;
            }
            if (token == null) {
                token = login();
            }
        }
        return token;
    }

    private AuthToken login() {
        AuthToken fresh = new Authenticator(transport, userAgent).authenticate(config);
        if (cache != null) {
            cache.store(config.cacheKey(), fresh);
        }
        return fresh;
    }

    /**
     * Whether a cached token can serve this run: not one the cloud already rejected, and with
     * the catalog endpoint this cloud's identity calls need. Anything else is dropped and the
     * login done again, rather than trusting the entry until it expires.
     */
    private boolean usable(AuthToken cached) {
        boolean ok = !rejected.contains(cached.id()) && cached.body().isObject() && hasIdentityEndpoint(cached);
        if (!ok) {
            cache.drop(config.cacheKey());
        }
        return ok;
    }

    private boolean hasIdentityEndpoint(AuthToken cached) {
        try {
            cached.catalog().endpoint("identity", config.interfaceName(), config.regionName().orElse(null));
            return true;
        } catch (CommandException e) {
            return false;
        }
    }

    /**
     * After a 401: a reused token may have been revoked, so log in again once. The rejected
     * token is never used again in this run, even when the cache cannot forget it (a directory
     * that is not writable): the new login goes to keystone, not to the cache.
     */
    synchronized boolean renewAfterUnauthorized() {
        if (!tokenFromCache && !seeded) {
            return false;
        }
        rejected.add(token.id());
        if (cache != null) {
            cache.drop(config.cacheKey());
        }
        token = null;
        tokenFromCache = false;
        seeded = false;
        discovery = null;
        token = login();
        return true;
    }

    /**
     * A fact about the cloud that costs a request to learn (an endpoint's versions), learned
     * once per token: kept in the token cache entry, so a cached run pays no extra request.
     * A {@code discover} that learns nothing returns null, which is not kept.
     */
    public synchronized JsonNode discovered(String name, java.util.function.Supplier<JsonNode> discover) {
        token();
        if (discovery == null) {
            JsonNode cached = cache != null && (tokenFromCache || seeded) ? cache.discovery(config.cacheKey()).orElse(null) : null;
            discovery = cached != null ? (com.fasterxml.jackson.databind.node.ObjectNode) cached.deepCopy() : Json.object();
        }
        JsonNode known = discovery.get(name);
        if (known != null) {
            return known;
        }
        if (unanswered.contains(name)) {
            return null;
        }
        JsonNode learned = discover.get();
        if (learned == null) {
            unanswered.add(name); // not kept in the cache: the next run asks again
            return null;
        }
        discovery.set(name, learned);
        if (cache != null) {
            cache.store(config.cacheKey(), token, discovery);
        }
        return learned;
    }

    /** GET without a token, as keystoneauth's version discovery does; null when it fails. */
    public JsonNode discoveryDocument(String url) {
        try {
            ApiResponse r = transport.send(ApiRequest.builder("GET", url).header("Accept", "application/json")
                    .header("User-Agent", userAgent).build());
            return r.status() <= 300 && r.bodyLength() > 0 ? Json.parse(r.body()) : null; // glance answers 300
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The endpoint of a service with its API version in the path: the catalog URL when it has
     * one, else the URL that version discovery finds for the wanted major version (learned
     * once per token, see {@link #discovered}); the catalog URL when discovery finds nothing.
     */
    public String versionedEndpoint(String serviceType, int major) {
        String url = endpoint(serviceType);
        if (EndpointDiscovery.isVersioned(url)) {
            return url;
        }
        JsonNode found = discovered("endpoint:" + serviceType + ":" + url, () -> {
            String versioned = EndpointDiscovery.versionedUrl(discoveryDocument(url), major);
            return versioned == null ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(versioned);
        });
        return found != null && found.isTextual() ? found.asText() : url;
    }

    public String endpoint(String serviceType) {
        String url = token().catalog().endpoint(serviceType, config.interfaceName(), config.regionName().orElse(null));
        if (serviceType.equals("identity")) {
            String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            return trimmed.endsWith("/v3") ? trimmed : trimmed + "/v3";
        }
        return url;
    }

    public synchronized RestClient client(String serviceType) {
        return clients.computeIfAbsent(serviceType,
                t -> new RestClient(this, t, ServiceNames.daemon(t)));
    }

    /** openstack4j over this session's token; run its calls inside TransportBinding.bind(transport()). */
    public org.openstack4j.api.OSClient.OSClientV3 openstack4j() {
        return Openstack4jClients.from(token(), this::endpoint);
    }

    public Transport transport() {
        return transport;
    }

    ApiResponse transportSend(ApiRequest request) {
        try {
            return transport.send(request);
        } catch (java.net.SocketTimeoutException e) {
            // keystoneauth's ConnectTimeout, for connecting and reading alike (api_timeout)
            throw new CommandException("Request to " + request.url() + " timed out", e);
        } catch (IOException e) {
            throw new CommandException("Unable to establish connection to " + request.url() + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // a catalog URL the JDK cannot parse: say which, not how the parser failed
            throw new CommandException("Invalid URL " + request.url(), e);
        }
    }
}
