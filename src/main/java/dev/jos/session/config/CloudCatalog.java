package dev.jos.session.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clouds openstacksdk knows before a command line is looked at: the first clouds.yaml found,
 * with the first secure.yaml deep-merged over it, plus the cloud made of OS_* variables
 * (loader.py:OpenStackConfig.__init__ and _get_os_environ).
 */
final class CloudCatalog {

    /** OS_* variables that only select or locate a cloud; alone they make no "envvars" cloud. */
    private static final Set<String> SELECTORS = Set.of(
            "OS_CLOUD", "OS_REGION_NAME", "OS_CLIENT_CONFIG_FILE", "OS_CLIENT_SECURE_FILE", "OS_CLOUD_NAME");

    private final Map<String, Object> clouds;

    private CloudCatalog(Map<String, Object> clouds) {
        this.clouds = clouds;
    }

    static CloudCatalog load(ConfigSearchPath searchPath, ConfigFileReader reader, Map<String, String> env)
            throws ConfigException {
        Optional<ConfigFileReader.Loaded> cloudsFile = reader.readFirst(searchPath.cloudFiles());
        Map<String, Object> config = cloudsFile.map(ConfigFileReader.Loaded::content).orElseGet(LinkedHashMap::new);
        Optional<ConfigFileReader.Loaded> secureFile = reader.readFirst(searchPath.secureFiles());
        if (secureFile.isPresent() && !secureFile.get().content().isEmpty()) {
            config = Dicts.mergeClouds(config, secureFile.get().content());
        }
        Map<String, Object> clouds = Dicts.map(config.get("clouds"));
        clouds = clouds == null ? new LinkedHashMap<>() : new LinkedHashMap<>(clouds);

        // os.environ.get('OS_CLOUD_NAME', 'envvars'): an empty value is used as is
        String envvarKey = env.getOrDefault("OS_CLOUD_NAME", "envvars");
        if (clouds.containsKey(envvarKey)) {
            String filename = cloudsFile.map(f -> f.path().toString()).orElse("None");
            throw new ConfigException(String.format("\"%1$s\" defines a cloud named \"%2$s\", but"
                    + " OS_CLOUD_NAME is also set to \"%2$s\". Please rename"
                    + " either your environment based cloud, or one of your"
                    + " file-based clouds.", filename, envvarKey));
        }
        Map<String, Object> envCloud = environmentCloud(env);
        if (envCloud != null) {
            clouds.put(envvarKey, envCloud);
        }
        if (clouds.isEmpty()) {
            // "make a cloud that starts with defaults because we need somewhere to put arguments"
            clouds.put("defaults", defaults());
        }
        return new CloudCatalog(clouds);
    }

    /** loader.py:_get_os_environ: every OS_X_Y becomes key x_y, on top of the defaults. */
    private static Map<String, Object> environmentCloud(Map<String, String> env) {
        Map<String, Object> ret = defaults();
        boolean significant = false;
        for (Map.Entry<String, String> e : env.entrySet()) {
            String k = e.getKey();
            if (!k.startsWith("OS_") || k.startsWith("OS_TEST") || k.startsWith("OS_STD") || k.startsWith("OS_LOG")) {
                continue;
            }
            ret.put(k.substring(3).toLowerCase(), e.getValue());
            significant |= !SELECTORS.contains(k);
        }
        return significant ? ret : null;
    }

    /** openstack/config/defaults.py:get_defaults (defaults.json plus the Python-side ones). */
    static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("api_timeout", null);
        d.put("verify", Boolean.TRUE);
        d.put("cacert", null);
        d.put("cert", null);
        d.put("key", null);
        d.put("auth_type", "password");
        d.put("baremetal_status_code_retries", 5);
        d.put("baremetal_introspection_status_code_retries", 5);
        d.put("image_status_code_retries", 5);
        d.put("disable_vendor_agent", new LinkedHashMap<>());
        d.put("interface", "public");
        d.put("floating_ip_source", "neutron");
        d.put("image_api_use_tasks", Boolean.FALSE);
        d.put("image_format", "qcow2");
        d.put("message", "");
        d.put("network_api_version", "2");
        d.put("object_store_api_version", "1");
        d.put("secgroup_source", "neutron");
        d.put("status", "active");
        return d;
    }

    boolean contains(String name) {
        return clouds.containsKey(name);
    }

    /** The cloud's own settings as written (a fresh copy), or {} for a name not defined. */
    Map<String, Object> cloud(String name) {
        Map<String, Object> c = Dicts.map(clouds.get(name));
        return c == null ? new LinkedHashMap<>() : Dicts.deepCopy(c);
    }
}
