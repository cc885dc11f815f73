package dev.jos.session;

import dev.jos.json.Json;
import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.http.ApiRequest;
import dev.jos.http.ApiResponse;
import dev.jos.http.Transport;
import dev.jos.session.config.CloudConfig;

/**
 * Gets a token from keystone v3 the way keystoneauth's generic plugins do: discovers the v3
 * URL when the auth URL carries no version, then POSTs /auth/tokens with the password, token
 * or application-credential method and the project, domain or system scope.
 */
public final class Authenticator {
    private final Transport transport;
    private final String userAgent;

    public Authenticator(Transport transport, String userAgent) {
        this.transport = transport;
        this.userAgent = userAgent;
    }

    public AuthToken authenticate(CloudConfig config) {
        String v3 = identityV3Url(checkedAuthUrl(config.authUrl().orElseThrow()));
        byte[] body = Json.write(requestBody(config));
        String url = dev.jos.http.Urls.join(v3, "/auth/tokens");
        ApiRequest request = ApiRequest.builder("POST", url).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("User-Agent", userAgent)
                .body(body).service("keystone").build();
        ApiResponse response = send(request, url);
        if (response.status() >= 400) {
            throw HttpErrors.fromResponse(response);
        }
        JsonNode token;
        try {
            token = Json.parse(response.body()).get("token");
        } catch (IOException | RuntimeException e) {
            throw new CommandException("Invalid token response from " + url);
        }
        String id = response.headers().first("X-Subject-Token");
        if (token == null || !token.isObject() || id == null) {
            throw new CommandException("Invalid token response from " + url);
        }
        return new AuthToken(id, token, v3);
    }

    /**
     * The auth URL must be absolute http(s): anything else would reach the JDK's URI parser,
     * whose message ("Illegal character in scheme name") says nothing about the setting.
     */
    static String checkedAuthUrl(String authUrl) {
        try {
            java.net.URI u = new java.net.URI(authUrl);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return authUrl;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below, as any other unusable URL
        }
        throw new CommandException("Invalid auth URL '" + authUrl + "': it must be an http:// or https:// URL");
    }

    private ApiResponse send(ApiRequest request, String url) {
        try {
            return transport.send(request);
        } catch (java.net.SocketTimeoutException e) {
            // keystoneauth's ConnectTimeout, for connecting and reading alike (api_timeout)
            throw new CommandException("Request to " + url + " timed out", e);
        } catch (IOException e) {
            throw new CommandException("Unable to establish connection to " + url + ": " + e.getMessage(), e);
        }
    }

    /** keystoneauth's generic plugin, when discovery fails and the URL names no version. */
    static final String NO_VERSIONED_ENDPOINTS = "Could not find versioned identity endpoints when attempting"
            + " to authenticate. Please check that your auth_url is correct.";

    /**
     * The v3 root for an auth URL. A URL ending in /v3 is used as it is; otherwise the version
     * document at the URL says where v3 lives, as keystoneauth's discovery finds it, and fails
     * with keystoneauth's words (its warning line first, as OSC logs it) when it cannot.
     */
    String identityV3Url(String authUrl) {
        String trimmed = authUrl.endsWith("/") ? authUrl.substring(0, authUrl.length() - 1) : authUrl;
        if (trimmed.endsWith("/v3")) {
            return trimmed;
        }
        ApiResponse r;
        try {
            r = transport.send(ApiRequest.builder("GET", authUrl).header("Accept", "application/json")
                    .header("User-Agent", userAgent).service("keystone").build());
        } catch (java.net.SocketTimeoutException e) {
            throw discoveryFailed(authUrl, "Request to " + authUrl + " timed out");
        } catch (IOException e) {
            throw discoveryFailed(authUrl, "Unable to establish connection to " + authUrl + ": " + e.getMessage());
        }
        if (r.status() >= 400 && r.status() != 300) {
            throw discoveryFailed(authUrl, HttpErrors.fromResponse(r).getMessage());
        }
        JsonNode doc;
        try {
            doc = Json.parse(r.body());
        } catch (IOException | RuntimeException e) {
            doc = null;
        }
        if (doc != null && doc.isArray()) {
            throw discoveryFailed(authUrl, "Invalid Response - List returned instead of dict");
        }
        if (doc == null || !doc.isObject() || !(doc.has("versions") || doc.has("version") || doc.has("id"))) {
            throw discoveryFailed(authUrl, "Invalid Response - Bad version data returned: " + head(r.bodyText()));
        }
        String href = v3Link(doc);
        if (href == null) {
            throw new CommandException(NO_VERSIONED_ENDPOINTS);
        }
        return href.endsWith("/") ? href.substring(0, href.length() - 1) : href;
    }

    private static CommandException discoveryFailed(String authUrl, String why) {
        return new CommandException("Failed to discover available identity versions when contacting " + authUrl
                + ". Attempting to parse version from URL.\n" + NO_VERSIONED_ENDPOINTS + " " + why);
    }

    /** keystoneauth's `resp.text[:50] + '...'`, counted in characters as Python counts them. */
    private static String head(String text) {
        if (text.codePointCount(0, text.length()) <= 50) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, 50)) + "...";
    }

    private static String v3Link(JsonNode doc) {
        JsonNode values = doc.path("versions").path("values");
        Iterable<JsonNode> versions = values.isArray() ? values : java.util.List.of(doc.path("version"));
        for (JsonNode v : versions) {
            if (v.path("id").asText("").startsWith("v3")) {
                for (JsonNode link : v.path("links")) {
                    if ("self".equals(link.path("rel").asText())) {
                        return link.path("href").asText();
                    }
                }
            }
        }
        return null;
    }

    static ObjectNode requestBody(CloudConfig c) {
        ObjectNode auth = Json.object();
        ObjectNode identity = auth.putObject("identity");
        ArrayNode methods = identity.putArray("methods");
        switch (c.authType()) {
            case "token", "v3token" -> {
                methods.add("token");
                identity.putObject("token").put("id", c.token().orElse(null));
            }
            case "v3applicationcredential" -> {
                methods.add("application_credential");
                ObjectNode ac = identity.putObject("application_credential");
                if (c.applicationCredentialId().orElse(null) != null) {
                    ac.put("id", c.applicationCredentialId().orElse(null));
                } else {
                    ac.put("name", c.applicationCredentialName().orElse(null));
                    ac.set("user", userRef(c));
                }
                ac.put("secret", c.applicationCredentialSecret().orElse(null));
                return wrap(auth);
            }
            default -> {
                methods.add("password");
                ObjectNode user = userRef(c);
                user.put("password", c.password().orElse(null));
                identity.putObject("password").set("user", user);
            }
        }
        ObjectNode scope = scope(c);
        if (scope != null) {
            auth.set("scope", scope);
        }
        return wrap(auth);
    }

    private static ObjectNode wrap(ObjectNode auth) {
        ObjectNode root = Json.object();
        root.set("auth", auth);
        return root;
    }

    private static ObjectNode userRef(CloudConfig c) {
        ObjectNode user = Json.object();
        if (c.userId().orElse(null) != null) {
            user.put("id", c.userId().orElse(null));
        } else {
            user.put("name", c.username().orElse(null));
            user.set("domain", domainRef(c.userDomainId().orElse(null), c.userDomainName().orElse(null)));
        }
        return user;
    }

    private static ObjectNode domainRef(String id, String name) {
        ObjectNode d = Json.object();
        if (id != null) {
            d.put("id", id);
        } else if (name != null) {
            d.put("name", name);
        } else {
            d.put("id", "default");
        }
        return d;
    }

    private static ObjectNode scope(CloudConfig c) {
        ObjectNode scope = Json.object();
        if (c.projectId().orElse(null) != null) {
            scope.putObject("project").put("id", c.projectId().orElse(null));
        } else if (c.projectName().orElse(null) != null) {
            ObjectNode p = scope.putObject("project");
            p.put("name", c.projectName().orElse(null));
            p.set("domain", domainRef(c.projectDomainId().orElse(null), c.projectDomainName().orElse(null)));
        } else if (c.domainId().orElse(null) != null) {
            scope.putObject("domain").put("id", c.domainId().orElse(null));
        } else if (c.domainName().orElse(null) != null) {
            scope.putObject("domain").put("name", c.domainName().orElse(null));
        } else if (c.systemScope().orElse(null) != null) {
            scope.putObject("system").put(c.systemScope().orElse(null), true);
        } else {
            return null;
        }
        return scope;
    }
}
