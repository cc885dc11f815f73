package dev.jos.session.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where openstacksdk looks for clouds.yaml and secure.yaml, in order (openstack/config/loader.py,
 * module level CONFIG_FILES / SECURE_FILES, and OpenStackConfig.__init__ for the overrides):
 * the current directory, the XDG config home, ~/.config/openstack, the XDG site directory,
 * /etc/openstack; in each, .yaml then .yml then .json. OS_CLIENT_CONFIG_FILE and
 * OS_CLIENT_SECURE_FILE go in front. Only the first file that can be read is used.
 */
record ConfigSearchPath(List<Path> cloudFiles, List<Path> secureFiles) {

    private static final List<String> SUFFIXES = List.of(".yaml", ".yml", ".json");

    ConfigSearchPath {
        cloudFiles = List.copyOf(cloudFiles);
        secureFiles = List.copyOf(secureFiles);
    }

    /**
     * @param systemRoot the directory standing for "/" when resolving /etc/xdg and /etc/openstack,
     *                   so tests never read the real /etc
     */
    static ConfigSearchPath of(Map<String, String> env, Path cwd, Path home, Path systemRoot) {
        List<Path> dirs = directories(env, cwd, home, systemRoot);
        return new ConfigSearchPath(
                files(dirs, "clouds", env.get("OS_CLIENT_CONFIG_FILE"), cwd),
                files(dirs, "secure", env.get("OS_CLIENT_SECURE_FILE"), cwd));
    }

    static List<Path> directories(Map<String, String> env, Path cwd, Path home, Path systemRoot) {
        List<Path> dirs = new ArrayList<>();
        dirs.add(cwd);
        // appdirs.user_config_dir: os.getenv('XDG_CONFIG_HOME', '~/.config'); set-but-empty is
        // honoured as "", which os.path.join turns into a path relative to the cwd.
        String xdgHome = env.get("XDG_CONFIG_HOME");
        dirs.add(xdgHome != null ? cwd.resolve(xdgHome).resolve("openstack")
                : home.resolve(".config").resolve("openstack"));
        // UNIX_CONFIG_HOME: snaps keep the real home in SNAP_REAL_HOME.
        String snapHome = env.get("SNAP_REAL_HOME");
        Path unixHome = snapHome != null && !snapHome.isEmpty() ? Path.of(snapHome) : home;
        dirs.add(unixHome.resolve(".config").resolve("openstack"));
        // appdirs.site_config_dir(multipath='/etc'): every XDG_CONFIG_DIRS entry joined with ':'
        // into ONE path, which only exists when there is a single entry.
        String xdgDirs = env.get("XDG_CONFIG_DIRS");
        if (xdgDirs == null) {
            dirs.add(systemRoot.resolve("etc/xdg/openstack"));
        } else {
            List<String> parts = new ArrayList<>();
            for (String part : xdgDirs.split(":", -1)) {
                String trimmed = part.replaceAll("/+$", "");
                parts.add(trimmed.isEmpty() ? "openstack" : trimmed + "/openstack");
            }
            dirs.add(cwd.resolve(String.join(":", parts)));
        }
        dirs.add(systemRoot.resolve("etc/openstack"));
        return dirs;
    }

    private static List<Path> files(List<Path> dirs, String base, String override, Path cwd) {
        List<Path> files = new ArrayList<>();
        if (override != null && !override.isEmpty()) {
            files.add(cwd.resolve(override));
        }
        for (Path dir : dirs) {
            for (String suffix : SUFFIXES) {
                files.add(dir.resolve(base + suffix));
            }
        }
        return files;
    }
}
