package dev.jos.session.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the settings of one cloud exactly as OSC 6.0.0 does: openstacksdk's
 * OpenStackConfig.get_one (loader.py) driven by OSC's shell (osc_lib/shell.py:initialize_app,
 * prepare_to_run_command) and OSC_Config's hooks (osc_lib/cli/client_config.py).
 *
 * <p>Precedence, in short: clouds.yaml (+ secure.yaml) &lt; OS_* variables &lt; --os-* options,
 * with one OSC quirk kept on purpose: project, domain and token values written inside a
 * clouds.yaml "auth" section beat the environment and the command line (see
 * {@link MagicFixes}).
 */
public final class ConfigLoader {

    private final Path systemRoot;
    private final ConfigFileReader reader = new ConfigFileReader();

    /** Reads the real /etc/xdg/openstack and /etc/openstack. */
    public ConfigLoader() {
        this(Path.of("/"));
    }

    /** @param systemRoot stands for "/" when looking in /etc (tests pass a temporary directory) */
    public ConfigLoader(Path systemRoot) {
        this.systemRoot = systemRoot;
    }

    /**
     * The clouds.yaml and secure.yaml files that exist where {@link #load} looks: what a change
     * to would change the cloud the same environment selects (the completion scripts' name-cache
     * pointers are only trusted while none of these is newer).
     */
    public List<Path> existingConfigFiles(Map<String, String> env, Path cwd, Path home) {
        ConfigSearchPath search = ConfigSearchPath.of(env, cwd, home, systemRoot);
        List<Path> found = new ArrayList<>();
        for (List<Path> files : List.of(search.cloudFiles(), search.secureFiles())) {
            for (Path f : files) {
                if (java.nio.file.Files.isRegularFile(f)) {
                    found.add(f.toAbsolutePath().normalize());
                }
            }
        }
        return found;
    }

    /**
     * @param env        the process environment (OS_*, XDG_CONFIG_HOME, ...)
     * @param cliOptions the --os-* options given, keyed without "--os-" ("auth-url", "cloud",
     *                   "insecure" -> "true")
     * @param cwd        where clouds.yaml is looked for first
     * @param home       the user's home (~/.config/openstack)
     * @throws ConfigException for an unknown cloud or region, an unparsable clouds.yaml, a cloud
     *                         named like the environment cloud, or an invalid option value
     */
    public CloudConfig load(Map<String, String> env, Map<String, String> cliOptions, Path cwd, Path home)
            throws ConfigException {
        OscArguments.Parsed parsed = OscArguments.parse(env, cliOptions);
        CloudCatalog catalog = CloudCatalog.load(
                ConfigSearchPath.of(env, cwd, home, systemRoot), reader, env);

        // OSC_Config(override_defaults={'interface': 'public', 'auth_type': ...})
        Map<String, Object> defaults = CloudCatalog.defaults();
        defaults.put("interface", "public");
        defaults.put("auth_type", parsed.defaultAuthType());

        String cloudName = parsed.cloud();
        Map<String, Object> config = baseCloudConfig(catalog, cloudName, defaults);

        Map<String, Object> args = new LinkedHashMap<>(parsed.args());
        RegionSelector.Region region = RegionSelector.select(
                cloudName, catalog.contains(cloudName) ? catalog.cloud(cloudName) : null,
                (String) args.getOrDefault("region_name", ""));
        args.put("region_name", region.name());
        config.remove("regions");
        // region values, then the command line; None never overrides
        for (Map<String, Object> layer : List.of(region.values(), args)) {
            for (Map.Entry<String, Object> e : layer.entrySet()) {
                String key = e.getKey();
                Object value = e.getValue();
                if (value == null) {
                    continue;
                }
                if (key.equals("auth") && Dicts.map(value) != null) {
                    Dicts.authUpdate(MagicFixes.auth(config), Dicts.map(value));
                } else {
                    config.put(key, value);
                }
            }
        }

        Map<String, Object> fixed = Dicts.normalizeKeys(MagicFixes.apply(config));
        List<String> warnings = new ArrayList<>();
        OscAuthHook.apply(fixed, warnings::add);
        AuthOptionPlacer.apply(fixed);
        // TODO(format): get_one also runs str.format(**config) over every other string value;
        // only the auth_url template is expanded here.
        return new CloudConfig(cloudName, fixed, warnings);
    }

    /** loader.py:_get_base_cloud_config */
    private static Map<String, Object> baseCloudConfig(CloudCatalog catalog, String name, Map<String, Object> defaults)
            throws ConfigException {
        if (!name.isEmpty() && !catalog.contains(name)) {
            throw new ConfigException("Cloud " + name + " was not found.");
        }
        Map<String, Object> ours = catalog.cloud(name);
        // TODO(vendor profiles): "profile" (or the old "cloud") names a vendor profile whose
        // settings openstacksdk lays under the cloud's; jos ships no vendor profiles and ignores it.
        Map<String, Object> cloud = new LinkedHashMap<>(defaults);
        if (!cloud.containsKey("auth")) {
            cloud.put("auth", new LinkedHashMap<>());
        }
        Dicts.authUpdate(cloud, ours);
        cloud.remove("cloud");
        return cloud;
    }
}
