package dev.jos.session.config;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * osc_lib/cli/client_config.py:OSC_Config.auth_config_hook: OSC's own adjustments before the
 * auth plugin is loaded.
 */
final class OscAuthHook {

    private static final List<String> DOMAIN_PROPS = List.of(
            "project_domain_id", "project_domain_name", "user_domain_id", "user_domain_name");

    private OscAuthHook() {
    }

    static void apply(Map<String, Object> config, Consumer<String> warn) {
        selectDefaultPlugin(config);
        v2Arguments(config);
        v2IgnoreV3(config, warn);
        defaultDomain(config);
    }

    private static String identityVersion(Map<String, Object> config) {
        return config.containsKey("identity_api_version") ? Dicts.str(config.get("identity_api_version")) : "";
    }

    /** _auth_select_default_plugin: only matters when auth_type ended up empty. */
    private static void selectDefaultPlugin(Map<String, Object> config) {
        if (Dicts.truthy(config.get("auth_type"))) {
            return;
        }
        String version = identityVersion(config);
        String family = Dicts.truthy(config.get("username")) ? "password"
                : Dicts.truthy(config.get("token")) ? "token" : null;
        if (family == null) {
            config.put("auth_type", "password");
        } else if (version.equals("3")) {
            config.put("auth_type", "v3" + family);
        } else if (version.startsWith("2")) {
            config.put("auth_type", "v2" + family);
        } else {
            config.put("auth_type", family);
        }
    }

    /** _auth_v2_arguments: v2 plugins read tenant_* */
    private static void v2Arguments(Map<String, Object> config) {
        if (config.get("auth_type") instanceof String type && type.startsWith("v2")) {
            Map<String, Object> auth = MagicFixes.auth(config);
            if (auth.containsKey("project_id")) {
                auth.put("tenant_id", auth.get("project_id"));
            }
            if (auth.containsKey("project_name")) {
                auth.put("tenant_name", auth.get("project_name"));
            }
        }
    }

    /** _auth_v2_ignore_v3: identity v2 with a password plugin drops domains, with a warning. */
    private static void v2IgnoreV3(Map<String, Object> config, Consumer<String> warn) {
        String type = Dicts.str(config.get("auth_type"));
        if (!identityVersion(config).startsWith("2") || !type.endsWith("password")) {
            return;
        }
        Map<String, Object> auth = MagicFixes.auth(config);
        for (String prop : DOMAIN_PROPS) {
            if (auth.remove(prop) != null) {
                // the missing space before "because" is OSC's
                warn.accept(Dicts.truthy(config.get("cloud"))
                        ? "Ignoring domain related config " + prop + " for " + Dicts.str(config.get("cloud"))
                        + "because identity API version is 2.0"
                        : "Ignoring domain related config " + prop + " because identity API version is 2.0");
            }
        }
    }

    /** _auth_default_domain: identity v3 password logins default both domains to --os-default-domain. */
    private static void defaultDomain(Map<String, Object> config) {
        String type = Dicts.str(config.get("auth_type"));
        Object defaultDomain = config.get("default_domain");
        if (!identityVersion(config).equals("3") || type.startsWith("v2") || !Dicts.truthy(defaultDomain)) {
            return;
        }
        if (!List.of("password", "v3password", "v3totp").contains(type)) {
            return;
        }
        Map<String, Object> auth = MagicFixes.auth(config);
        if (!Dicts.truthy(auth.get("project_domain_id")) && !Dicts.truthy(auth.get("project_domain_name"))) {
            auth.put("project_domain_id", defaultDomain);
        }
        if (!Dicts.truthy(auth.get("user_domain_id")) && !Dicts.truthy(auth.get("user_domain_name"))) {
            auth.put("user_domain_id", defaultDomain);
        }
    }
}
