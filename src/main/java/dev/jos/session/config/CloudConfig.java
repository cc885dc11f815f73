package dev.jos.session.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The resolved settings of one cloud, as OSC would hand them to keystoneauth: the config dict of
 * openstacksdk's CloudRegion after OSC's hooks, with the auth values in {@code auth}. Immutable;
 * built by {@link ConfigLoader}.
 */
public final class CloudConfig {

    /** Auth values shown as *** (every keystoneauth option marked secret, plus the usual names). */
    private static final Set<String> SECRET_KEYS = secretKeys();

    private final String cloudName;
    private final Map<String, Object> config;
    private final List<String> warnings;

    CloudConfig(String cloudName, Map<String, Object> config, List<String> warnings) {
        this.cloudName = cloudName;
        this.config = Dicts.frozen(config);
        this.warnings = List.copyOf(warnings);
    }

    /** The selected cloud's name ("" when the settings came only from options and OS_* variables). */
    public String cloudName() {
        return cloudName;
    }

    /** The keystoneauth plugin name: password (default), token, v3password, v3applicationcredential... */
    public String authType() {
        return Dicts.str(config.get("auth_type"));
    }

    public Optional<String> authUrl() {
        return authValue("auth_url");
    }

    public Optional<String> username() {
        return authValue("username");
    }

    public Optional<String> userId() {
        return authValue("user_id");
    }

    public Optional<String> password() {
        return authValue("password");
    }

    /** The project to scope to; v2 plugins keep it as tenant_name. */
    public Optional<String> projectName() {
        return authValue("project_name").or(() -> authValue("tenant_name"));
    }

    public Optional<String> projectId() {
        return authValue("project_id").or(() -> authValue("tenant_id"));
    }

    public Optional<String> userDomainName() {
        return authValue("user_domain_name");
    }

    public Optional<String> userDomainId() {
        return authValue("user_domain_id");
    }

    public Optional<String> projectDomainName() {
        return authValue("project_domain_name");
    }

    public Optional<String> projectDomainId() {
        return authValue("project_domain_id");
    }

    /** Domain scope; with a project scope OSC turns these into user/project domains instead. */
    public Optional<String> domainName() {
        return authValue("domain_name");
    }

    public Optional<String> domainId() {
        return authValue("domain_id");
    }

    public Optional<String> systemScope() {
        return authValue("system_scope");
    }

    public Optional<String> trustId() {
        return authValue("trust_id");
    }

    public Optional<String> token() {
        return authValue("token");
    }

    /** The endpoint of the admin_token / none plugins. */
    public Optional<String> endpoint() {
        return authValue("endpoint");
    }

    public Optional<String> applicationCredentialId() {
        return authValue("application_credential_id");
    }

    public Optional<String> applicationCredentialName() {
        return authValue("application_credential_name");
    }

    public Optional<String> applicationCredentialSecret() {
        return authValue("application_credential_secret");
    }

    public Optional<String> regionName() {
        return value("region_name");
    }

    /**
     * public, internal or admin. OSC passes the interface on as given, and keystoneauth's v3
     * catalog strips a trailing "URL" (internalURL, from OS_ENDPOINT_TYPE via the envvars cloud
     * or endpoint_type in clouds.yaml); jos does that here once.
     */
    public String interfaceName() {
        String raw = rawInterface();
        int end = raw.length();
        while (end > 0 && "URL".indexOf(raw.charAt(end - 1)) >= 0) {
            end--;
        }
        return raw.substring(0, end);
    }

    /** The interface exactly as configured ("public" unless set). */
    public String rawInterface() {
        return value("interface").orElse("public");
    }

    public Optional<String> identityApiVersion() {
        return value("identity_api_version");
    }

    /** Per-service API versions, keyed by service as in the key: compute, image, volume, key_manager... */
    public Map<String, String> apiVersions() {
        Map<String, String> versions = new TreeMap<>();
        config.forEach((key, v) -> {
            if (key.endsWith("_api_version") && Dicts.truthy(v)) {
                versions.put(key.substring(0, key.length() - "_api_version".length()), Dicts.str(v));
            }
        });
        return Collections.unmodifiableMap(versions);
    }

    /** The CA bundle; it applies only when {@link #verify()} is true, as in get_requests_verify_args. */
    public Optional<String> cacert() {
        return value("cacert");
    }

    public Optional<String> cert() {
        return value("cert");
    }

    public Optional<String> key() {
        return value("key");
    }

    /** --insecure / insecure: true. */
    public boolean insecure() {
        return Dicts.getBoolean(config.get("insecure"));
    }

    /**
     * Whether to verify server certificates: cloud_region.py:get_requests_verify_args, where
     * insecure beats verify.
     */
    public boolean verify() {
        return !insecure() && Dicts.truthy(config.get("verify"));
    }

    /**
     * api_timeout (clouds.yaml, OS_API_TIMEOUT, or a service's *_timeout), the one timeout OSC
     * 6.0 honours: keystoneauth hands it to python-requests for connecting and for each read.
     * Empty when unset, as OSC then waits forever.
     */
    public Optional<java.time.Duration> apiTimeout() throws ConfigException {
        Object v = config.get("api_timeout");
        if (v == null || v.toString().isEmpty()) {
            return Optional.empty();
        }
        double seconds;
        try {
            seconds = Double.parseDouble(v.toString().strip());
        } catch (NumberFormatException e) {
            seconds = Double.NaN;
        }
        if (!(seconds > 0) || seconds > Integer.MAX_VALUE / 1000.0) {
            throw new ConfigException("Invalid api_timeout '" + v + "': it must be a positive number of seconds");
        }
        return Optional.of(java.time.Duration.ofMillis(Math.max(1, Math.round(seconds * 1000))));
    }

    /** Everything OSC keeps, unmodifiable: the auth dict under "auth", service-prefixed keys... */
    public Map<String, Object> raw() {
        return config;
    }

    /** The auth values as strings, secrets included: for building the auth request only. */
    public Map<String, String> authValues() {
        Map<String, String> out = new LinkedHashMap<>();
        authSection().forEach((k, v) -> out.put(k, Dicts.str(v)));
        return Collections.unmodifiableMap(out);
    }

    /** Warnings OSC logs while resolving (it prints each twice: once per get_one). */
    public List<String> warnings() {
        return warnings;
    }

    /** A copy with one auth value set, e.g. the password a terminal user typed. */
    public CloudConfig withAuthValue(String key, String value) {
        Map<String, Object> copy = Dicts.deepCopy(config);
        MagicFixes.auth(copy).put(key, value);
        return new CloudConfig(cloudName, copy, warnings);
    }

    /**
     * Checks what OSC checks before a command that needs authentication.
     *
     * @throws MissingSecretException when only a password-like value is missing (OSC would prompt
     *                                on a terminal)
     * @throws ConfigException        with OSC's exact message otherwise
     */
    public void validateForAuth() throws ConfigException {
        AuthValidator.validate(this);
    }

    /** SHA-256 hex identifying the token these settings would get; see {@link CacheKey}. */
    public String cacheKey() {
        return CacheKey.of(authType(), authSection());
    }

    Map<String, Object> authSection() {
        Map<String, Object> auth = Dicts.map(config.get("auth"));
        return auth == null ? Map.of() : auth;
    }

    private Optional<String> authValue(String key) {
        return Optional.ofNullable(authSection().get(key)).filter(Dicts::truthy).map(Dicts::str);
    }

    private Optional<String> value(String key) {
        return Optional.ofNullable(config.get(key)).filter(Dicts::truthy).map(Dicts::str);
    }

    @Override
    public String toString() {
        StringJoiner auth = new StringJoiner(", ", "{", "}");
        new TreeMap<>(authSection()).forEach((k, v) -> auth.add(k + "=" + (isSecret(k) ? "***" : Dicts.str(v))));
        return "CloudConfig{cloud=" + cloudName
                + ", authType=" + authType()
                + ", auth=" + auth
                + ", region=" + regionName().orElse("")
                + ", interface=" + rawInterface()
                + ", identityApiVersion=" + identityApiVersion().orElse("")
                + ", apiVersions=" + apiVersions()
                + ", verify=" + verify()
                + ", cacert=" + cacert().orElse("")
                + ", cert=" + cert().orElse("")
                + ", key=" + key().orElse("")
                + "}";
    }

    private static boolean isSecret(String key) {
        return SECRET_KEYS.contains(key) || key.contains("password") || key.contains("secret")
                || key.equals("token") || key.endsWith("_token");
    }

    private static Set<String> secretKeys() {
        Set<String> keys = new java.util.HashSet<>(Set.of("password", "token", "passcode",
                "application_credential_secret"));
        KeystoneAuthPlugins.PLUGINS.values().forEach(opts -> opts.forEach(o -> {
            if (o.secret()) {
                keys.add(o.dest());
            }
        }));
        return Set.copyOf(keys);
    }
}
