package dev.jos.session.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * OSC's global options as its argparse parser resolves them, turned into the "args" dict that
 * openstacksdk's get_one merges over the selected cloud.
 *
 * <p>This is where OS_* variables enter OSC: every global and auth option has its variable as
 * argparse default (osc_lib/shell.py:build_option_parser, osc_lib/api/auth.py:
 * build_auth_plugins_option_parser, each client module's build_option_parser). OSC passes
 * {@code cloud=options.cloud}, which is "" rather than None without OS_CLOUD, so openstacksdk's
 * own "envvars" cloud is never picked unless asked for by name; variables without an option
 * (OS_ENDPOINT_TYPE, OS_AUTH_PLUGIN, OS_INSECURE...) are then ignored.
 */
final class OscArguments {

    /** One argparse option: its --os-* name (key of cliOptions), dest, and env default. */
    private record Option(String cliName, String dest, Function<Map<String, String>, Object> envDefault) {
    }

    static final List<String> INTERFACES = List.of("admin", "public", "internal");

    private static final List<Option> OPTIONS = buildOptions();

    private OscArguments() {
    }

    /** The parsed argparse namespace plus the auth type OSC picks as default. */
    record Parsed(Map<String, Object> args, String defaultAuthType, String cloud) {
    }

    /**
     * @param cliOptions option name without "--os-" (or "--" for insecure/verify) to value;
     *                   flags have the value "true"
     */
    static Parsed parse(Map<String, String> env, Map<String, String> cliOptions) throws ConfigException {
        Map<String, String> cli = new LinkedHashMap<>();
        cliOptions.forEach((k, v) -> cli.put(k.replace('_', '-'), v));
        checkChoices(cli);

        Map<String, Object> namespace = new LinkedHashMap<>();
        Set<String> known = new LinkedHashSet<>();
        for (Option option : OPTIONS) {
            known.add(option.cliName());
            namespace.put(option.dest(), cli.containsKey(option.cliName())
                    ? cliValue(option, cli.get(option.cliName()))
                    : option.envDefault().apply(env));
        }
        // Services OSC learns from plugins (osc-placement registers --os-placement-api-version the
        // same way); accept any such variable or option rather than a fixed list.
        env.forEach((k, v) -> {
            if (k.startsWith("OS_") && k.endsWith("_API_VERSION") && k.length() > 15) {
                String service = k.substring(3, k.length() - 12).toLowerCase().replace('_', '-');
                if (!known.contains(service + "-api-version") && v != null && !v.isEmpty()) {
                    namespace.put("os_" + service.replace('-', '_') + "_api_version", v);
                }
            }
        });
        cli.forEach((k, v) -> {
            if (!known.contains(k)) {
                namespace.put(k.endsWith("-api-version") ? "os_" + k.replace('-', '_') : k.replace('-', '_'), v);
            }
        });

        String defaultAuthType = finalDefaults(namespace);
        Map<String, Object> args = fixArgs(namespace);
        Object cloud = namespace.get("cloud");
        return new Parsed(args, defaultAuthType, cloud == null ? "" : cloud.toString());
    }

    private static Object cliValue(Option option, String value) {
        if (option.dest().equals("insecure") || option.dest().equals("verify")
                || option.dest().equals("os_beta_command")) {
            // store_true: present means true; anything else leaves argparse's default.
            return Dicts.getBoolean(value) ? Boolean.TRUE : option.envDefault().apply(Map.of());
        }
        return value;
    }

    private static void checkChoices(Map<String, String> cli) throws ConfigException {
        String iface = cli.get("interface");
        if (iface != null && !INTERFACES.contains(iface)) {
            throw invalidChoice("--os-interface", iface, INTERFACES);
        }
        String authType = cli.get("auth-type");
        if (authType != null && !KeystoneAuthPlugins.PLUGINS.containsKey(authType)) {
            throw invalidChoice("--os-auth-type", authType, new ArrayList<>(new TreeSet<>(KeystoneAuthPlugins.PLUGINS.keySet())));
        }
    }

    /** argparse's message; OSC prints its usage first and exits 2. */
    private static ConfigException invalidChoice(String option, String value, List<String> choices) {
        List<String> quoted = choices.stream().map(c -> "'" + c + "'").toList();
        return new ConfigException("jos: error: argument " + option + ": invalid choice: '" + value
                + "' (choose from " + String.join(", ", quoted) + ")", 2);
    }

    /**
     * osc_lib/shell.py:_final_defaults and openstackclient/shell.py:_final_defaults: mirror
     * project into tenant options, and default to admin_token only when endpoint and token are set.
     */
    private static String finalDefaults(Map<String, Object> ns) {
        Object projectId = ns.get("project_id");
        Object projectName = ns.get("project_name");
        Object tenantId = ns.get("tenant_id");
        Object tenantName = ns.get("tenant_name");
        if (Dicts.truthy(projectId) && !Dicts.truthy(tenantId)) {
            ns.put("tenant_id", projectId);
        }
        if (Dicts.truthy(projectName) && !Dicts.truthy(tenantName)) {
            ns.put("tenant_name", projectName);
        }
        if (Dicts.truthy(tenantId) && !Dicts.truthy(projectId)) {
            ns.put("project_id", tenantId);
        }
        if (Dicts.truthy(tenantName) && !Dicts.truthy(projectName)) {
            ns.put("project_name", tenantName);
        }
        return Dicts.truthy(ns.get("endpoint")) && Dicts.truthy(ns.get("token")) ? "admin_token" : "password";
    }

    /**
     * loader.py:_fix_args: drop None and "", dashes to underscores, and strip "os_" so that
     * --os-tenant-name (dest os_project_name) overrides --os-project-name.
     */
    private static Map<String, Object> fixArgs(Map<String, Object> ns) {
        Map<String, Object> plain = new LinkedHashMap<>();
        Map<String, Object> prefixed = new LinkedHashMap<>();
        ns.forEach((key, value) -> {
            if (value == null || "".equals(value)) {
                return;
            }
            String k = key.replace('-', '_');
            if (k.startsWith("os_")) {
                prefixed.put(k.substring(3), value);
            } else {
                plain.put(k, value);
            }
        });
        plain.putAll(prefixed);
        return plain;
    }

    /** osc_lib/utils.env: the first variable with a non-empty value, else the default. */
    private static Function<Map<String, String>, Object> env(Object fallback, String... vars) {
        return e -> {
            for (String var : vars) {
                String v = e.get(var);
                if (v != null && !v.isEmpty()) {
                    return v;
                }
            }
            return fallback;
        };
    }

    private static Option option(String cliName, String dest, Function<Map<String, String>, Object> envDefault) {
        return new Option(cliName, dest, envDefault);
    }

    private static List<Option> buildOptions() {
        List<Option> o = new ArrayList<>();
        // osc_lib/shell.py
        o.add(option("cloud", "cloud", env("", "OS_CLOUD")));
        o.add(option("region-name", "region_name", env("", "OS_REGION_NAME")));
        o.add(option("cacert", "cacert", env(null, "OS_CACERT")));
        o.add(option("cert", "cert", env("", "OS_CERT")));
        o.add(option("key", "key", env("", "OS_KEY")));
        o.add(option("verify", "verify", e -> null));
        o.add(option("insecure", "insecure", e -> null));
        o.add(option("default-domain", "default_domain", env("default", "OS_DEFAULT_DOMAIN")));
        o.add(option("interface", "interface", env("", "OS_INTERFACE")));
        o.add(option("service-provider", "service_provider", env("", "OS_SERVICE_PROVIDER")));
        o.add(option("remote-project-name", "remote_project_name", env("", "OS_REMOTE_PROJECT_NAME")));
        o.add(option("remote-project-id", "remote_project_id", env("", "OS_REMOTE_PROJECT_ID")));
        o.add(option("remote-project-domain-name", "remote_project_domain_name",
                env("", "OS_REMOTE_PROJECT_DOMAIN_NAME")));
        o.add(option("remote-project-domain-id", "remote_project_domain_id",
                env("", "OS_REMOTE_PROJECT_DOMAIN_ID")));
        o.add(option("beta-command", "os_beta_command", e -> Boolean.FALSE));
        o.add(option("profile", "profile", env("", "OS_PROFILE")));
        // API version options of the client plugins installed with OSC 6.0.0
        for (String service : List.of("compute", "identity", "image", "network", "object", "volume")) {
            String var = "OS_" + service.toUpperCase() + "_API_VERSION";
            o.add(option(service + "-api-version", "os_" + service + "_api_version", env("", var)));
        }
        o.add(option("key-manager-api-version", "os_key_manager_api_version", env("1", "OS_KEY_MANAGER_API_VERSION")));
        // designateclient reads os.environ.get('OS_DNS_API_VERSION', '2'): set-but-empty counts
        o.add(option("dns-api-version", "os_dns_api_version",
                e -> e.containsKey("OS_DNS_API_VERSION") ? e.get("OS_DNS_API_VERSION") : "2"));
        // osc_lib/api/auth.py
        o.add(option("auth-type", "auth_type", env("", "OS_AUTH_TYPE")));
        Set<String> authNames = new LinkedHashSet<>();
        KeystoneAuthPlugins.PLUGINS.values().forEach(opts -> opts.forEach(
                opt -> authNames.add(opt.name().toLowerCase().replace('_', '-'))));
        for (String name : authNames) {
            if (name.contains("tenant")) {
                continue;
            }
            String var = "OS_" + name.toUpperCase().replace('-', '_');
            Function<Map<String, String>, Object> def = switch (name) {
                // "Maintain compatibility with old tenant env vars"
                case "project-name" -> env("", "OS_PROJECT_NAME", "OS_TENANT_NAME");
                case "project-id" -> env("", "OS_PROJECT_ID", "OS_TENANT_ID");
                default -> env("", var);
            };
            o.add(option(name, name.replace('-', '_'), def));
        }
        o.add(option("tenant-name", "os_project_name", e -> null));
        o.add(option("tenant-id", "os_project_id", e -> null));
        return List.copyOf(o);
    }
}
