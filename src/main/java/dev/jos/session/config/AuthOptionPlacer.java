package dev.jos.session.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The moving half of OSC_Config._validate_auth: for each option of the plugin, a top-level value
 * (command line, OS_* variable, clouds.yaml outside "auth") beats the one inside "auth", a current
 * name beats a deprecated one, and the winner lands in auth[dest]. Errors are left to
 * {@link AuthValidator}, which reads the result.
 */
final class AuthOptionPlacer {

    private AuthOptionPlacer() {
    }

    /**
     * Maps OSC's aliases to keystoneauth plugin names (loader.py:_get_auth_loader) and places the
     * options when the plugin is known; an unknown plugin is left for validation to report.
     */
    static void apply(Map<String, Object> config) {
        Object type = config.get("auth_type");
        if (type == null || type.equals("None") || type.equals("")) {
            config.put("auth_type", "none");
        } else if (type.equals("token_endpoint")) {
            config.put("auth_type", "admin_token");
        }
        List<AuthOption> options = KeystoneAuthPlugins.PLUGINS.get(Dicts.str(config.get("auth_type")));
        if (options == null) {
            return;
        }
        Map<String, Object> auth = MagicFixes.auth(config);
        for (AuthOption option : options) {
            Object winner = find(option, config);
            if (!Dicts.truthy(winner)) {
                winner = find(option, auth);
            }
            List<String> names = new ArrayList<>();
            names.add(option.name());
            names.addAll(option.deprecated());
            for (String name : names) {
                config.remove(name.replace('-', '_'));
                auth.remove(name.replace('-', '_'));
            }
            if (Dicts.truthy(winner)) {
                auth.put(option.dest(), winner);
            }
        }
    }

    /** loader.py:_find_winning_auth_value */
    private static Object find(AuthOption option, Map<String, Object> config) {
        if (config.containsKey(option.configKey())) {
            return config.get(option.configKey());
        }
        for (String deprecated : option.deprecated()) {
            String key = deprecated.replace('-', '_');
            if (config.containsKey(key)) {
                return config.get(key);
            }
        }
        return null;
    }
}
