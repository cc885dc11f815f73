package dev.jos.session.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course's openrc files, with the values OSC 6.0.0 resolves for them (see osc-parity.json). */
class CourseOpenrcTest {

    @TempDir
    Path tmp;

    @Test
    void operatorShScopesToProjectNameNotTenantName() throws ConfigException {
        CloudConfig c = new Fixture(tmp).operatorSh().load();

        // OS_PROJECT_NAME is the argparse default of --os-project-name; OS_TENANT_NAME is only
        // its fallback (osc_lib/api/auth.py:build_auth_plugins_option_parser)
        assertEquals(Optional.of("practice-project"), c.projectName());
        assertEquals(Optional.of("operator"), c.username());
        assertEquals(Optional.of("123"), c.password());
        assertEquals(Optional.of("Default"), c.userDomainName());
        assertEquals(Optional.of("Default"), c.projectDomainName());
        assertEquals(Optional.empty(), c.projectDomainId(), "explicit domain name: no default_domain id added");
        assertEquals(Optional.of("http://192.168.56.250:5000"), c.authUrl());
        // OS_AUTH_PLUGIN and OS_ENDPOINT_TYPE have no OSC option: ignored
        assertEquals("password", c.authType());
        assertEquals("internal", c.rawInterface());
        assertEquals("internal", c.interfaceName());
        assertEquals(Optional.of("Seoul"), c.regionName());
        assertEquals(Optional.of("3"), c.identityApiVersion());
        assertEquals("", c.cloudName());
        assertTrue(c.verify());
        assertDoesNotThrow(c::validateForAuth);
    }

    @Test
    void normalShScopesToPracticeProjectToo() throws ConfigException {
        CloudConfig c = new Fixture(tmp).normalSh().load();

        assertEquals(Optional.of("practice-project"), c.projectName());
        assertEquals(Optional.of("normal-user"), c.username());
        assertEquals("password", c.authType());
        assertEquals("internal", c.interfaceName());
        assertDoesNotThrow(c::validateForAuth);
    }

    @Test
    void asTheEnvvarsCloudEndpointTypeWinsButNormalizes() throws ConfigException {
        // OS_CLOUD=envvars selects openstacksdk's cloud made of all OS_* variables, where
        // endpoint_type replaces interface (loader.py:magic_fixes)
        CloudConfig c = new Fixture(tmp).operatorSh().env("OS_CLOUD", "envvars").load();

        assertEquals("envvars", c.cloudName());
        assertEquals("internalURL", c.rawInterface());
        assertEquals("internal", c.interfaceName());
        assertEquals(Optional.of("practice-project"), c.projectName());
        assertEquals("internalURL", c.raw().get("manila_interface"));
    }

    @Test
    void labAdminOpenrc() throws ConfigException {
        CloudConfig c = new Fixture(tmp).env(
                "OS_AUTH_URL", "http://127.0.0.1:5000/v3", "OS_IDENTITY_API_VERSION", "3", "OS_AUTH_TYPE", "password",
                "OS_USERNAME", "admin", "OS_PASSWORD", "admin", "OS_PROJECT_NAME", "admin",
                "OS_USER_DOMAIN_NAME", "Default", "OS_PROJECT_DOMAIN_NAME", "Default", "OS_REGION_NAME", "RegionOne",
                "OS_INTERFACE", "public", "OS_IMAGE_API_VERSION", "2").load();

        assertEquals(Optional.of("admin"), c.projectName());
        assertEquals("2", c.apiVersions().get("image"));
        assertEquals("3", c.apiVersions().get("identity"));
        assertDoesNotThrow(c::validateForAuth);
    }
}
