package dev.jos.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The options OSC accepts anywhere on the command line (cliff parses them with
 * `parse_known_args` over the whole argv). Built programmatically: OSC has some seventy
 * `--os-*` options that all land in one map for the configuration loader.
 */
public final class GlobalOptions {

    /** `--os-*` options taking a value, as OSC lists them, with their help labels. */
    private static final String[][] OS_VALUE_OPTIONS = {
        {"cloud", "<cloud-config-name>", "Cloud name in clouds.yaml (Env: OS_CLOUD)"},
        {"region-name", "<auth-region-name>", "Authentication region name (Env: OS_REGION_NAME)"},
        {"cacert", "<ca-bundle-file>", "CA certificate bundle file (Env: OS_CACERT)"},
        {"cert", "<certificate-file>", "Client certificate bundle file (Env: OS_CERT)"},
        {"key", "<key-file>", "Client certificate key file (Env: OS_KEY)"},
        {"default-domain", "<auth-domain>", "Default domain ID, default=default. (Env: OS_DEFAULT_DOMAIN)"},
        {"interface", "<interface>", "Select an interface type. Valid interface types: [admin, public, internal]. default=public, (Env: OS_INTERFACE)"},
        {"service-provider", "<service_provider>", "Authenticate with and perform the command on a service provider using Keystone-to-keystone federation."},
        {"remote-project-name", "<remote_project_name>", "Project name when authenticating to a service provider if using Keystone-to-Keystone federation."},
        {"remote-project-id", "<remote_project_id>", "Project ID when authenticating to a service provider if using Keystone-to-Keystone federation."},
        {"remote-project-domain-name", "<remote_project_domain_name>", "Domain name of the project when authenticating to a service provider."},
        {"remote-project-domain-id", "<remote_project_domain_id>", "Domain ID of the project when authenticating to a service provider."},
        {"profile", "hmac-key", "HMAC key for encrypting profiling context data"},
        {"compute-api-version", "<compute-api-version>", "Compute API version, default=2.1 (Env: OS_COMPUTE_API_VERSION)"},
        {"identity-api-version", "<identity-api-version>", "Identity API version, default=3 (Env: OS_IDENTITY_API_VERSION)"},
        {"image-api-version", "<image-api-version>", "Image API version, default=2 (Env: OS_IMAGE_API_VERSION)"},
        {"network-api-version", "<network-api-version>", "Network API version, default=2.0 (Env: OS_NETWORK_API_VERSION)"},
        {"object-api-version", "<object-api-version>", "Object API version, default=1 (Env: OS_OBJECT_API_VERSION)"},
        {"volume-api-version", "<volume-api-version>", "Volume API version, default=3 (Env: OS_VOLUME_API_VERSION)"},
        {"key-manager-api-version", "<key-manager-api-version>", "Barbican API version, default=1 (Env: OS_KEY_MANAGER_API_VERSION)"},
        {"dns-api-version", "<dns-api-version>", "DNS API version, default=2 (Env: OS_DNS_API_VERSION)"},
        {"auth-type", "<auth-type>", "Select an authentication type. Available types: password, token, v3applicationcredential, v3password, v3token. Default: selected based on --os-username/--os-token (Env: OS_AUTH_TYPE)"},
        {"auth-url", "<auth-auth-url>", "Authentication URL (Env: OS_AUTH_URL)"},
        {"system-scope", "<auth-system-scope>", "Scope for system operations (Env: OS_SYSTEM_SCOPE)"},
        {"domain-id", "<auth-domain-id>", "Domain ID to scope to (Env: OS_DOMAIN_ID)"},
        {"domain-name", "<auth-domain-name>", "Domain name to scope to (Env: OS_DOMAIN_NAME)"},
        {"project-id", "<auth-project-id>", "Project ID to scope to (Env: OS_PROJECT_ID)"},
        {"project-name", "<auth-project-name>", "Project name to scope to (Env: OS_PROJECT_NAME)"},
        {"project-domain-id", "<auth-project-domain-id>", "Domain ID containing project (Env: OS_PROJECT_DOMAIN_ID)"},
        {"project-domain-name", "<auth-project-domain-name>", "Domain name containing project (Env: OS_PROJECT_DOMAIN_NAME)"},
        {"trust-id", "<auth-trust-id>", "ID of the trust to use as a trustee use (Env: OS_TRUST_ID)"},
        {"user-id", "<auth-user-id>", "User id (Env: OS_USER_ID)"},
        {"username", "<auth-username>", "Username (Env: OS_USERNAME)"},
        {"user-domain-id", "<auth-user-domain-id>", "User's domain id (Env: OS_USER_DOMAIN_ID)"},
        {"user-domain-name", "<auth-user-domain-name>", "User's domain name (Env: OS_USER_DOMAIN_NAME)"},
        {"application-credential-secret", "<auth-application-credential-secret>", "Application credential auth secret (Env: OS_APPLICATION_CREDENTIAL_SECRET)"},
        {"application-credential-id", "<auth-application-credential-id>", "Application credential ID (Env: OS_APPLICATION_CREDENTIAL_ID)"},
        {"application-credential-name", "<auth-application-credential-name>", "Application credential name (Env: OS_APPLICATION_CREDENTIAL_NAME)"},
        {"endpoint", "<auth-endpoint>", "The endpoint that will always be used (Env: OS_ENDPOINT)"},
        {"token", "<auth-token>", "The token that will always be used (Env: OS_TOKEN)"},
        {"password", "<auth-password>", "User's password (Env: OS_PASSWORD)"},
        {"default-domain-id", "<auth-default-domain-id>", "Optional domain ID to use with v3 and v2 parameters. (Env: OS_DEFAULT_DOMAIN_ID)"},
        {"default-domain-name", "<auth-default-domain-name>", "Optional domain name to use with v3 API and v2 parameters. (Env: OS_DEFAULT_DOMAIN_NAME)"},
        {"auth-methods", "<auth-auth-methods>", "Methods to authenticate with. (Env: OS_AUTH_METHODS)"},
        {"passcode", "<auth-passcode>", "Time-based One-time Password (Env: OS_PASSCODE)"},
    };

    /** The other global options, in OSC's order: names, help label (null for a flag), help. */
    private static final String[][] OTHER_OPTIONS = {
        {"--version", null, "show program's version number and exit"},
        {"-v --verbose", null, "Increase verbosity of output. Can be repeated."},
        {"-q --quiet", null, "Suppress output except warnings and errors."},
        {"--log-file", "LOG_FILE", "Specify a file to log output. Disabled by default."},
        {"-h --help", null, "Show help message and exit."},
        {"--debug", null, "Show tracebacks on errors, and every HTTP request and response."},
        {"--verify", null, "Verify server certificate (default)"},
        {"--insecure", null, "Disable server certificate verification"},
        {"--timing", null, "Print API call timing info"},
        {"--os-beta-command", null, "Enable beta commands which are subject to change"},
        {"--no-token-cache", null, "Do not reuse or store a token between runs (Env: JOS_NO_TOKEN_CACHE=1)"},
        {"--record", "<file>", "Append every HTTP exchange to <file> as JSON lines (Env: JOS_RECORD)"},
    };

    /**
     * Every global option's name, and whether it takes a value: enough to split argv, so the
     * picocli spec (seventy options, built at some cost on a cold JVM) is built only when a
     * global option is actually given, or for help.
     */
    private static final Map<String, Boolean> TAKES_VALUE = takesValue();

    private static Map<String, Boolean> takesValue() {
        Map<String, Boolean> names = new java.util.HashMap<>();
        for (String[] o : OTHER_OPTIONS) {
            for (String name : o[0].split(" ")) {
                names.put(name, o[1] != null);
            }
        }
        for (String[] o : OS_VALUE_OPTIONS) {
            names.put("--os-" + o[0], true);
        }
        return Map.copyOf(names);
    }

    private CommandSpec spec;

    private static CommandSpec build() {
        CommandSpec spec = CommandSpec.create().name("jos");
        for (String[] o : OTHER_OPTIONS) {
            OptionSpec.Builder b = OptionSpec.builder(o[0].split(" ")).description(o[2]);
            if (o[0].endsWith("--verbose")) {
                b.type(boolean[].class).arity("0"); // counted: -v -v
            } else if (o[1] == null) {
                b.arity("0");
            } else {
                b.type(String.class).paramLabel(o[1]).arity("1");
            }
            spec.addOption(b.build());
        }
        for (String[] o : OS_VALUE_OPTIONS) {
            spec.addOption(OptionSpec.builder("--os-" + o[0]).type(String.class).paramLabel(o[1]).arity("1")
                    .description(o[2]).build());
        }
        return spec;
    }

    public CommandSpec spec() {
        if (spec == null) {
            spec = build();
        }
        return spec;
    }

    /** argv split like cliff's `parse_known_args`: the global options wherever they stand, and the rest. */
    public record Split(List<String> global, List<String> rest) {
    }

    public Split split(List<String> argv) {
        List<String> global = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (arg.equals("--")) {
                rest.addAll(argv.subList(i, argv.size()));
                break;
            }
            String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            Boolean valued = TAKES_VALUE.get(name);
            if (valued == null || !arg.startsWith("-")) {
                rest.add(arg);
                continue;
            }
            global.add(arg);
            boolean takesValue = valued && !arg.contains("=");
            if (takesValue && i + 1 < argv.size() && !looksLikeOption(argv.get(i + 1))) {
                global.add(argv.get(++i));
            }
        }
        return new Split(global, rest);
    }

    private static boolean looksLikeOption(String arg) {
        return arg.startsWith("-") && arg.length() > 1 && !Character.isDigit(arg.charAt(1));
    }

    /** Parses the global part of argv; usage errors surface as picocli ParameterExceptions. */
    public GlobalSettings parse(List<String> globalArgs) {
        if (globalArgs.isEmpty()) {
            // what picocli makes of no arguments, without building the spec
            return GlobalSettings.none();
        }
        ParseResult pr = new CommandLine(spec()).setAbbreviatedOptionsAllowed(false)
                .parseArgs(globalArgs.toArray(String[]::new));
        Map<String, String> os = new LinkedHashMap<>();
        for (String[] o : OS_VALUE_OPTIONS) {
            String v = pr.matchedOptionValue("--os-" + o[0], null);
            if (v != null) {
                os.put(o[0], v);
            }
        }
        Boolean insecure = null;
        if (pr.hasMatchedOption("--insecure")) {
            insecure = Boolean.TRUE;
        } else if (pr.hasMatchedOption("--verify")) {
            insecure = Boolean.FALSE;
        }
        boolean[] verbose = pr.matchedOptionValue("--verbose", new boolean[0]);
        return new GlobalSettings(pr.hasMatchedOption("--help"), pr.hasMatchedOption("--version"),
                pr.hasMatchedOption("--debug"), pr.hasMatchedOption("--timing"),
                verbose.length, pr.hasMatchedOption("--quiet"),
                pr.matchedOptionValue("--log-file", null), insecure,
                pr.hasMatchedOption("--no-token-cache"), pr.matchedOptionValue("--record", null), os);
    }
}
