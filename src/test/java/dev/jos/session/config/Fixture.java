package dev.jos.session.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A throwaway home, cwd and "/" under a test's temp dir, and a loader that reads only those. */
final class Fixture {

    final Path root;
    final Path home;
    final Path cwd;
    final Map<String, String> env = new LinkedHashMap<>();
    final Map<String, String> cli = new LinkedHashMap<>();

    Fixture(Path root) {
        this.root = root;
        this.home = root.resolve("home");
        this.cwd = root.resolve("cwd");
        try {
            Files.createDirectories(home);
            Files.createDirectories(cwd);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.put("HOME", home.toString());
    }

    Fixture env(String... keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) {
            env.put(keyValues[i], keyValues[i + 1]);
        }
        return this;
    }

    Fixture cli(String... keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) {
            cli.put(keyValues[i], keyValues[i + 1]);
        }
        return this;
    }

    /** Writes a file relative to the root ("home/.config/openstack/clouds.yaml", "sys/etc/openstack/..."). */
    Fixture file(String relative, String content) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Fixture homeClouds(String yaml) {
        return file("home/.config/openstack/clouds.yaml", yaml);
    }

    CloudConfig load() throws ConfigException {
        return new ConfigLoader(root.resolve("sys")).load(env, cli, cwd, home);
    }

    /** The course's operator.sh (after its "unset every OS_*" loop). */
    Fixture operatorSh() {
        return env("OS_PROJECT_DOMAIN_NAME", "Default",
                "OS_USER_DOMAIN_NAME", "Default",
                "OS_PROJECT_NAME", "practice-project",
                "OS_TENANT_NAME", "operator",
                "OS_USERNAME", "operator",
                "OS_PASSWORD", "123",
                "OS_AUTH_URL", "http://192.168.56.250:5000",
                "OS_INTERFACE", "internal",
                "OS_ENDPOINT_TYPE", "internalURL",
                "OS_MANILA_ENDPOINT_TYPE", "internalURL",
                "OS_IDENTITY_API_VERSION", "3",
                "OS_REGION_NAME", "Seoul",
                "OS_AUTH_PLUGIN", "password");
    }

    /** The course's normal.sh. */
    Fixture normalSh() {
        return env("OS_PROJECT_DOMAIN_NAME", "Default",
                "OS_USER_DOMAIN_NAME", "Default",
                "OS_PROJECT_NAME", "practice-project",
                "OS_TENANT_NAME", "admin",
                "OS_USERNAME", "normal-user",
                "OS_PASSWORD", "123",
                "OS_AUTH_URL", "http://192.168.56.250:5000",
                "OS_INTERFACE", "internal",
                "OS_ENDPOINT_TYPE", "internalURL",
                "OS_MANILA_ENDPOINT_TYPE", "internalURL",
                "OS_IDENTITY_API_VERSION", "3",
                "OS_REGION_NAME", "Seoul");
    }
}
