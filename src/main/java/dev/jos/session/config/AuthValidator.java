package dev.jos.session.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What OSC checks, in its order, before a command that needs a token: loading the plugin
 * (loader.py:_get_auth_loader), required options and password prompts
 * (osc_lib/cli/client_config.py:_validate_auth), the plugin constructor, then
 * osc_lib/api/auth.py:check_valid_authentication_options and the password prompt of
 * osc_lib/clientmanager.py:setup_auth. OSC exits 1 for each of these.
 */
final class AuthValidator {

    private AuthValidator() {
    }

    static void validate(CloudConfig cloud) throws ConfigException {
        String type = cloud.authType();
        List<AuthOption> options = KeystoneAuthPlugins.PLUGINS.get(type);
        if (options == null) {
            // keystoneauth1.exceptions.NoMatchingPlugin
            throw new ConfigException("The plugin " + type + " could not be found");
        }
        Map<String, Object> auth = cloud.authSection();

        List<String> missing = new ArrayList<>();
        for (AuthOption option : options) {
            if (option.required() && !Dicts.truthy(auth.get(option.dest()))) {
                missing.add("Missing value " + option.name() + " required for auth plugin " + type);
            }
        }
        if (!missing.isEmpty()) {
            throw new ConfigException(String.join("\n", missing));
        }
        for (AuthOption option : options) {
            if (option.prompt() != null && !auth.containsKey(option.dest())) {
                throw new MissingSecretException(option.dest(), option.prompt());
            }
        }
        if (type.equals("admin_token")) {
            checkAdminTokenArguments(auth);
        }
        checkValidAuthenticationOptions(type, options, auth);
        if (type.endsWith("password") && !Dicts.truthy(auth.get("password"))) {
            throw new MissingSecretException("password", "Password: ");
        }
    }

    /** keystoneauth's admin_token plugin takes both as positional arguments: Python's TypeError. */
    private static void checkAdminTokenArguments(Map<String, Object> auth) throws ConfigException {
        List<String> absent = new ArrayList<>();
        for (String arg : List.of("endpoint", "token")) {
            if (!auth.containsKey(arg)) {
                absent.add("'" + arg + "'");
            }
        }
        if (absent.size() == 1) {
            throw new ConfigException("Token.__init__() missing 1 required positional argument: " + absent.get(0));
        }
        if (absent.size() == 2) {
            throw new ConfigException("Token.__init__() missing 2 required positional arguments: "
                    + absent.get(0) + " and " + absent.get(1));
        }
    }

    private static void checkValidAuthenticationOptions(String type, List<AuthOption> options,
                                                        Map<String, Object> auth) throws ConfigException {
        List<String> dests = options.stream().map(AuthOption::dest).toList();
        List<String> msgs = new ArrayList<>();
        if (auth.isEmpty() && !type.equals("none")) {
            msgs.add("Set a cloud-name with --os-cloud or OS_CLOUD");
        } else {
            if (dests.contains("password") && !Dicts.truthy(auth.get("username")) && !Dicts.truthy(auth.get("user_id"))) {
                msgs.add("Set a username with --os-username, OS_USERNAME, or auth.username"
                        + " or set a user-id with --os-user-id, OS_USER_ID, or auth.user_id");
            }
            if (dests.contains("auth_url") && !Dicts.truthy(auth.get("auth_url"))) {
                msgs.add("Set an authentication URL, with --os-auth-url, OS_AUTH_URL or auth.auth_url");
            }
            if (dests.contains("url") && !Dicts.truthy(auth.get("url"))) {
                msgs.add("Set a service URL, with --os-url, OS_URL or auth.url");
            }
            if (dests.contains("token") && !Dicts.truthy(auth.get("token"))) {
                msgs.add("Set a token with --os-token, OS_TOKEN or auth.token");
            }
        }
        if (!msgs.isEmpty()) {
            throw new ConfigException("Missing parameter(s): \n" + String.join("\n", msgs));
        }
    }
}
