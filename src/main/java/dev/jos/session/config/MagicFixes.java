package dev.jos.session.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * loader.py:magic_fixes: the backwards-compatibility renames openstacksdk applies to a merged
 * cloud dict (command line already on top), in the same order, with the same quirks.
 */
final class MagicFixes {

    private static final Pattern FORMAT_FIELD = Pattern.compile("\\{(\\w+)}");

    private MagicFixes() {
    }

    static Map<String, Object> apply(Map<String, Object> config) {
        Map<String, Object> auth = auth(config);
        // Infer token plugin if a token was given (only moves auth_token to token)
        if (auth.containsKey("token") || Dicts.truthy(config.get("auth_token")) || Dicts.truthy(config.get("token"))) {
            Object authToken = config.remove("auth_token");
            if (!config.containsKey("token")) {
                config.put("token", authToken);
            }
        }
        if (config.containsKey("passcode")) {
            auth.put("passcode", config.remove("passcode"));
        }
        config = fixApiTimeout(config);
        // endpoint_type (legacy clients' name) replaces interface whenever both are present
        if (config.containsKey("endpoint_type")) {
            config.put("interface", config.remove("endpoint_type"));
        }
        fixAuthPlugin(config);
        fixProject(config);
        config = fixInterface(config);
        // TODO(networks): _fix_backwards_networks validates and normalises the "networks" list
        // (only the SDK's cloud layer reads it); jos keeps it as written.
        handleDomainId(config);
        for (String key : List.of("insecure", "cache")) {
            if (config.containsKey(key) && !(config.get(key) instanceof Boolean)) {
                config.put(key, Dicts.getBoolean(config.get(key)));
            }
        }
        Object authUrl = auth(config).get("auth_url");
        if (authUrl instanceof String url) {
            auth(config).put("auth_url", format(url, config));
        }
        return config;
    }

    static Map<String, Object> auth(Map<String, Object> config) {
        Map<String, Object> auth = Dicts.map(config.get("auth"));
        if (auth == null) {
            auth = new LinkedHashMap<>();
            config.put("auth", auth);
        }
        return auth;
    }

    /** A service-prefixed *_timeout becomes api_timeout. */
    private static Map<String, Object> fixApiTimeout(Map<String, Object> config) {
        Map<String, Object> out = new LinkedHashMap<>();
        Object serviceTimeout = null;
        boolean found = false;
        for (Map.Entry<String, Object> e : config.entrySet()) {
            String key = e.getKey();
            if (key.endsWith("timeout") && !key.equals("timeout") && !key.equals("api_timeout")) {
                serviceTimeout = e.getValue();
                found = true;
            } else {
                out.put(key, e.getValue());
            }
        }
        if (found && serviceTimeout != null) {
            out.put("api_timeout", serviceTimeout);
        }
        return out;
    }

    /** auth_type beats the old auth_plugin; since defaults always hold auth_type, it always wins. */
    private static void fixAuthPlugin(Map<String, Object> config) {
        Object target = null;
        for (String key : List.of("auth_plugin", "auth_type")) {
            if (config.containsKey(key)) {
                target = config.remove(key);
            }
        }
        config.put("auth_type", target);
    }

    /**
     * _fix_backwards_project: for each target, the LAST candidate key found wins, and for one key
     * the auth section beats the top level. So clouds.yaml's auth.project_name beats
     * --os-project-name / OS_PROJECT_NAME (those arrive top level), and tenant_* loses to project_*.
     */
    private static void fixProject(Map<String, Object> config) {
        Map<String, List<String>> mappings = new LinkedHashMap<>();
        mappings.put("domain_id", List.of("domain_id", "domain-id"));
        mappings.put("domain_name", List.of("domain_name", "domain-name"));
        mappings.put("user_domain_id", List.of("user_domain_id", "user-domain-id"));
        mappings.put("user_domain_name", List.of("user_domain_name", "user-domain-name"));
        mappings.put("project_domain_id", List.of("project_domain_id", "project-domain-id"));
        mappings.put("project_domain_name", List.of("project_domain_name", "project-domain-name"));
        mappings.put("token", List.of("auth-token", "auth_token", "token"));
        if ("v2password".equals(config.get("auth_type"))) {
            // old clouds: map towards the v2 nouns instead
            mappings.put("tenant_id", List.of("project_id", "project-id", "tenant_id", "tenant-id"));
            mappings.put("tenant_name", List.of("project_name", "project-name", "tenant_name", "tenant-name"));
        } else {
            mappings.put("project_id", List.of("tenant_id", "tenant-id", "project_id", "project-id"));
            mappings.put("project_name", List.of("tenant_name", "tenant-name", "project_name", "project-name"));
        }
        Map<String, Object> auth = auth(config);
        mappings.forEach((target, keys) -> {
            String value = null;
            for (String key : keys) {
                if (config.containsKey(key)) {
                    value = Dicts.str(config.remove(key));
                }
                if (auth.containsKey(key)) {
                    value = Dicts.str(auth.remove(key));
                }
            }
            if (value != null && !value.isEmpty()) {
                auth.put(target, value);
            }
        });
    }

    /** Every *endpoint_type key (compute_endpoint_type...) becomes *interface. */
    private static Map<String, Object> fixInterface(Map<String, Object> config) {
        Map<String, Object> out = new LinkedHashMap<>();
        config.forEach((key, value) -> out.put(
                key.endsWith("endpoint_type") ? key.replace("endpoint_type", "interface") : key, value));
        return out;
    }

    /**
     * _handle_domain_id: with a project scope, domain_id/domain_name only default the user and
     * project domains and are dropped; without one they stay as the domain scope.
     */
    private static void handleDomainId(Map<String, Object> config) {
        Map<String, Object> auth = auth(config);
        Map<String, List<String>> mappings = new LinkedHashMap<>();
        mappings.put("domain_id", List.of("user_domain_id", "project_domain_id"));
        mappings.put("domain_name", List.of("user_domain_name", "project_domain_name"));
        mappings.forEach((target, keys) -> {
            if (!projectScoped(config, auth)) {
                if (config.containsKey(target) && !auth.containsKey(target)) {
                    auth.put(target, config.remove(target));
                }
                return;
            }
            for (String key : keys) {
                if (auth.containsKey(target) && !auth.containsKey(key)) {
                    auth.put(key, auth.get(target));
                }
            }
            config.remove(target);
            auth.remove(target);
        });
    }

    private static boolean projectScoped(Map<String, Object> config, Map<String, Object> auth) {
        return config.containsKey("project_id") || config.containsKey("project_name")
                || auth.containsKey("project_id") || auth.containsKey("project_name");
    }

    /** str.format(**config) for auth_url templates such as "https://{region_name}.example:5000". */
    private static String format(String template, Map<String, Object> config) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        Matcher m = FORMAT_FIELD.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = config.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(config.containsKey(m.group(1)) ? Dicts.str(v) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
