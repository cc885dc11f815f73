package dev.jos.session;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import dev.jos.http.ApiRequest;
import dev.jos.http.ApiResponse;
import dev.jos.http.ServiceNames;
import dev.jos.http.Transport;
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

    public synchronized AuthToken token() {
        if (token == null) {
            if (cache != null) {
                token = cache.load(config.cacheKey()).orElse(null);
                tokenFromCache = token != null;
            }
            if (token == null) {
                token = new Authenticator(transport, userAgent).authenticate(config);
                if (cache != null) {
                    cache.store(config.cacheKey(), token);
                }
            }
        }
        return token;
    }

    /** After a 401: a reused token may have been revoked, so log in again once. */
    synchronized boolean renewAfterUnauthorized() {
        if (!tokenFromCache) {
            return false;
        }
        cache.drop(config.cacheKey());
        token = null;
        tokenFromCache = false;
        token();
        return true;
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
        return Openstack4jClients.from(token(), config.interfaceName(), config.regionName().orElse(null));
    }

    public Transport transport() {
        return transport;
    }

    ApiResponse transportSend(ApiRequest request) {
        try {
            return transport.send(request);
        } catch (IOException e) {
            throw new CommandException("Unable to establish connection to " + request.url() + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // a catalog URL the JDK cannot parse: say which, not how the parser failed
            throw new CommandException("Invalid URL " + request.url(), e);
        }
    }
}
