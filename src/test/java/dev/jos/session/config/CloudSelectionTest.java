package dev.jos.session.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which file and which cloud OSC reads: search order, secure.yaml, OS_CLOUD, envvars. */
class CloudSelectionTest {

    @TempDir
    Path tmp;

    private static String cloud(String name, String username) {
        return "clouds:\n  " + name + ":\n    auth:\n      auth_url: http://y\n      username: " + username
                + "\n      password: p\n";
    }

    @Test
    void currentDirectoryComesFirst() throws ConfigException {
        CloudConfig c = new Fixture(tmp).env("OS_CLOUD", "c")
                .file("cwd/clouds.yaml", cloud("c", "cwd")).homeClouds(cloud("c", "home")).load();
        assertEquals(Optional.of("cwd"), c.username());
    }

    @Test
    void yamlBeforeYmlBeforeJson() throws ConfigException {
        Fixture f = new Fixture(tmp).env("OS_CLOUD", "c")
                .file("home/.config/openstack/clouds.json", "{\"clouds\": {\"c\": {\"auth\": {\"username\": \"json\"}}}}");
        assertEquals(Optional.of("json"), f.load().username());
        f.file("home/.config/openstack/clouds.yml", cloud("c", "yml"));
        assertEquals(Optional.of("yml"), f.load().username());
        f.file("home/.config/openstack/clouds.yaml", cloud("c", "yaml"));
        assertEquals(Optional.of("yaml"), f.load().username());
    }

    @Test
    void homeBeforeEtc() throws ConfigException {
        Fixture f = new Fixture(tmp).env("OS_CLOUD", "c").file("sys/etc/openstack/clouds.yaml", cloud("c", "etc"));
        assertEquals(Optional.of("etc"), f.load().username());
        f.file("sys/etc/xdg/openstack/clouds.yaml", cloud("c", "xdg-site"));
        assertEquals(Optional.of("xdg-site"), f.load().username());
        f.homeClouds(cloud("c", "home"));
        assertEquals(Optional.of("home"), f.load().username());
    }

    @Test
    void clientConfigFileComesBeforeEverything() throws ConfigException {
        Fixture f = new Fixture(tmp).file("cwd/clouds.yaml", cloud("c", "cwd")).file("x/my.conf", cloud("c", "override"));
        f.env("OS_CLOUD", "c", "OS_CLIENT_CONFIG_FILE", tmp.resolve("x/my.conf").toString());
        assertEquals(Optional.of("override"), f.load().username());
        f.env("OS_CLIENT_CONFIG_FILE", tmp.resolve("x/missing.yaml").toString());
        assertEquals(Optional.of("cwd"), f.load().username());
    }

    @Test
    void onlyTheFirstCloudsFileIsRead() {
        Fixture f = new Fixture(tmp).env("OS_CLOUD", "d")
                .file("cwd/clouds.yaml", cloud("c", "cwd")).homeClouds(cloud("d", "home"));
        ConfigException e = assertThrows(ConfigException.class, f::load);
        assertEquals("Cloud d was not found.", e.getMessage());
    }

    @Test
    void secureYamlIsMergedIntoTheCloud() throws ConfigException {
        CloudConfig c = new Fixture(tmp).env("OS_CLOUD", "c").homeClouds("""
                clouds:
                  c:
                    auth: {auth_url: http://y, username: yu, project_name: p}
                    region_name: R1
                """).file("cwd/secure.yaml", """
                clouds:
                  c:
                    auth: {password: secret}
                    region_name: R2
                """).load();
        assertEquals(Optional.of("secret"), c.password());
        assertEquals(Optional.of("yu"), c.username());
        assertEquals(Optional.of("p"), c.projectName());
        assertEquals(Optional.of("R2"), c.regionName());
    }

    @Test
    void clientSecureFileComesFirst() throws ConfigException {
        CloudConfig c = new Fixture(tmp).homeClouds(cloud("c", "u"))
                .file("home/.config/openstack/secure.yaml", "clouds:\n  c:\n    auth:\n      password: home\n")
                .file("s.yaml", "clouds:\n  c:\n    auth:\n      password: chosen\n")
                .env("OS_CLOUD", "c", "OS_CLIENT_SECURE_FILE", tmp.resolve("s.yaml").toString()).load();
        assertEquals(Optional.of("chosen"), c.password());
    }

    @Test
    void commandLineCloudBeatsOsCloud() throws ConfigException {
        CloudConfig c = new Fixture(tmp).homeClouds(cloud("c", "cu") + cloud("d", "du").replace("clouds:\n", ""))
                .env("OS_CLOUD", "c").cli("cloud", "d").load();
        assertEquals("d", c.cloudName());
        assertEquals(Optional.of("du"), c.username());
    }

    @Test
    void aSingleCloudIsNotPickedWithoutOsCloud() throws ConfigException {
        // OSC passes cloud="" (utils.env's default), so openstacksdk's "only one cloud" rule never applies
        CloudConfig c = new Fixture(tmp).homeClouds(cloud("c", "u")).load();
        assertEquals("", c.cloudName());
        assertEquals(Optional.empty(), c.username());
    }

    @Test
    void unknownCloud() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new Fixture(tmp).cli("cloud", "nope").load());
        assertEquals("Cloud nope was not found.", e.getMessage());
        assertEquals(1, e.exitCode());
    }

    @Test
    void envvarsCloudNeedsMoreThanSelectors() throws ConfigException {
        assertThrows(ConfigException.class,
                () -> new Fixture(tmp).env("OS_CLOUD", "envvars", "OS_REGION_NAME", "R").load());
        CloudConfig c = new Fixture(tmp).env("OS_CLOUD", "envvars", "OS_USERNAME", "eu", "OS_INSECURE", "true").load();
        assertEquals("envvars", c.cloudName());
        assertEquals(Optional.of("eu"), c.username());
        assertEquals(true, c.insecure(), "OS_INSECURE counts only inside the envvars cloud");
    }

    @Test
    void osCloudNameRenamesTheEnvvarsCloud() throws ConfigException {
        CloudConfig c = new Fixture(tmp).env("OS_CLOUD", "mine", "OS_CLOUD_NAME", "mine", "OS_USERNAME", "eu").load();
        assertEquals("mine", c.cloudName());
    }

    @Test
    void aFileCloudNamedEnvvarsIsRefused() {
        Fixture f = new Fixture(tmp).homeClouds(cloud("envvars", "u"));
        ConfigException e = assertThrows(ConfigException.class, f::load);
        assertEquals("\"" + f.home.resolve(".config/openstack/clouds.yaml") + "\" defines a cloud named \"envvars\","
                + " but OS_CLOUD_NAME is also set to \"envvars\". Please rename either your environment based cloud,"
                + " or one of your file-based clouds.", e.getMessage());
    }

    @Test
    void unparsableYamlIsAnError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new Fixture(tmp).env("OS_CLOUD", "c").homeClouds("clouds:\n  c: [\n").load());
        assertEquals(1, e.exitCode());
    }

    @Test
    void searchPathFollowsXdgAndSnapVariables() {
        Path cwd = Path.of("/w");
        Path home = Path.of("/h");
        Path sys = Path.of("/sys");
        assertEquals(java.util.List.of(cwd, Path.of("/h/.config/openstack"), Path.of("/h/.config/openstack"),
                        Path.of("/sys/etc/xdg/openstack"), Path.of("/sys/etc/openstack")),
                ConfigSearchPath.directories(java.util.Map.of(), cwd, home, sys));
        assertEquals(java.util.List.of(cwd, Path.of("/x/openstack"), Path.of("/snap/.config/openstack"),
                        Path.of("/a/openstack:/b/openstack"), Path.of("/sys/etc/openstack")),
                ConfigSearchPath.directories(java.util.Map.of("XDG_CONFIG_HOME", "/x", "SNAP_REAL_HOME", "/snap",
                        "XDG_CONFIG_DIRS", "/a:/b/"), cwd, home, sys));
    }
}
