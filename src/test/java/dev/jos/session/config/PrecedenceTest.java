package dev.jos.session.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** clouds.yaml &lt; OS_* &lt; --os-*, and the exceptions OSC makes; values as OSC 6.0.0 gives them. */
class PrecedenceTest {

    private static final String CLOUD = """
            clouds:
              c1:
                auth:
                  auth_url: http://yaml:5000
                  username: yu
                  password: yp
                  project_name: yproj
                  user_domain_name: yud
                regions: [YR, ER]
                interface: internal
                compute_api_version: 2.5
            """;

    @TempDir
    Path tmp;

    private Fixture fixture() {
        return new Fixture(tmp).homeClouds(CLOUD).env("OS_CLOUD", "c1");
    }

    @Test
    void yamlAlone() throws ConfigException {
        CloudConfig c = fixture().load();
        assertEquals("c1", c.cloudName());
        assertEquals(Optional.of("yp"), c.password());
        assertEquals(Optional.of("http://yaml:5000"), c.authUrl());
        assertEquals(Optional.of("YR"), c.regionName(), "first listed region");
        assertEquals("internal", c.interfaceName());
        assertEquals("2.5", c.apiVersions().get("compute"), "YAML float becomes a string");
    }

    @Test
    void environmentBeatsYaml() throws ConfigException {
        CloudConfig c = fixture().env("OS_PASSWORD", "envp", "OS_AUTH_URL", "http://env", "OS_REGION_NAME", "ER",
                "OS_INTERFACE", "admin", "OS_COMPUTE_API_VERSION", "2.9").load();
        assertEquals(Optional.of("envp"), c.password());
        assertEquals(Optional.of("http://env"), c.authUrl());
        assertEquals(Optional.of("ER"), c.regionName());
        assertEquals("admin", c.interfaceName());
        assertEquals("2.9", c.apiVersions().get("compute"));
    }

    @Test
    void commandLineBeatsEnvironment() throws ConfigException {
        CloudConfig c = fixture().env("OS_PASSWORD", "envp", "OS_AUTH_URL", "http://env", "OS_REGION_NAME", "ER",
                        "OS_INTERFACE", "admin", "OS_COMPUTE_API_VERSION", "2.9")
                .cli("password", "clip", "auth-url", "http://cli", "region-name", "YR", "interface", "public",
                        "compute-api-version", "2.1").load();
        assertEquals(Optional.of("clip"), c.password());
        assertEquals(Optional.of("http://cli"), c.authUrl());
        assertEquals(Optional.of("YR"), c.regionName());
        assertEquals("public", c.interfaceName());
        assertEquals("2.1", c.apiVersions().get("compute"));
    }

    @Test
    void projectAndDomainsInsideYamlAuthBeatEnvironmentAndCommandLine() throws ConfigException {
        // loader.py:_fix_backwards_project reads top level (options) first, then auth: auth wins
        CloudConfig c = fixture().env("OS_PROJECT_NAME", "envp", "OS_USER_DOMAIN_NAME", "envud")
                .cli("project-name", "clipn").load();
        assertEquals(Optional.of("yproj"), c.projectName());
        assertEquals(Optional.of("yud"), c.userDomainName());
    }

    @Test
    void projectAtYamlTopLevelLosesToEnvironment() throws ConfigException {
        CloudConfig c = new Fixture(tmp).env("OS_CLOUD", "c", "OS_PROJECT_NAME", "envp").homeClouds("""
                clouds:
                  c:
                    auth: {auth_url: http://y, username: u, password: p}
                    project_name: ytop
                """).load();
        assertEquals(Optional.of("envp"), c.projectName());
    }

    @Test
    void regionMustBeOneOfTheCloudsRegions() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> fixture().env("OS_REGION_NAME", "nope").load());
        assertEquals("Region nope is not a valid region name for cloud c1. Valid choices are YR,ER."
                + " Please note that region names are case sensitive.", e.getMessage());
        assertEquals(1, e.exitCode());
    }

    @Test
    void tenantNameOptionBeatsProjectNameOption() throws ConfigException {
        // --os-tenant-name has dest os_project_name; _fix_args lets "os_" keys override
        CloudConfig c = new Fixture(tmp).env("OS_AUTH_URL", "http://h", "OS_USERNAME", "u", "OS_PASSWORD", "p")
                .cli("project-name", "clip", "tenant-name", "clit").load();
        assertEquals(Optional.of("clit"), c.projectName());
    }

    @Test
    void tenantVariablesOnlyFillInForMissingProjectVariables() throws ConfigException {
        CloudConfig c = new Fixture(tmp).env("OS_AUTH_URL", "http://h", "OS_USERNAME", "u", "OS_PASSWORD", "p",
                "OS_TENANT_NAME", "ten", "OS_TENANT_ID", "tid", "OS_PROJECT_ID", "pid").load();
        assertEquals(Optional.of("ten"), c.projectName());
        assertEquals(Optional.of("pid"), c.projectId());
    }

    @Test
    void emptyVariablesCountAsUnset() throws ConfigException {
        CloudConfig c = fixture().env("OS_PASSWORD", "", "OS_REGION_NAME", "").load();
        assertEquals(Optional.of("yp"), c.password());
        assertEquals(Optional.of("YR"), c.regionName());
    }

    @Test
    void variablesWithoutAnOscOptionAreIgnoredOutsideTheEnvvarsCloud() throws ConfigException {
        CloudConfig c = new Fixture(tmp).env("OS_AUTH_URL", "http://h", "OS_USERNAME", "u", "OS_PASSWORD", "p",
                "OS_ENDPOINT_TYPE", "adminURL", "OS_INSECURE", "true", "OS_AUTH_PLUGIN", "token").load();
        assertEquals("public", c.interfaceName());
        assertEquals(true, c.verify());
        assertEquals("password", c.authType());
    }

    @Test
    void insecureOptionBeatsCacertAndVerify() throws ConfigException {
        CloudConfig c = new Fixture(tmp).env("OS_CACERT", "/ca.pem").cli("insecure", "true").load();
        assertEquals(true, c.insecure());
        assertEquals(false, c.verify());
        assertEquals(Optional.of("/ca.pem"), c.cacert());
    }

    @Test
    void yamlVerifyFalseUsesYaml11Booleans() throws ConfigException {
        CloudConfig c = new Fixture(tmp).env("OS_CLOUD", "c").homeClouds("""
                clouds:
                  c:
                    auth: {auth_url: http://y}
                    verify: no
                """).load();
        assertEquals(false, c.verify());
    }

    @Test
    void defaultApiVersionsAreThoseOscKeeps() throws ConfigException {
        CloudConfig c = new Fixture(tmp).load();
        // defaults.json (network, object_store) and the barbican/designate plugins' defaults
        assertEquals("{dns=2, key_manager=1, network=2, object_store=1}", c.apiVersions().toString());
    }

    @Test
    void anyServiceApiVersionVariableIsKept() throws ConfigException {
        CloudConfig c = new Fixture(tmp).env("OS_PLACEMENT_API_VERSION", "1.6").load();
        assertEquals("1.6", c.apiVersions().get("placement"));
    }
}
