package dev.jos.session.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudConfigTest {

    @TempDir
    Path tmp;

    private CloudConfig load(String... env) throws ConfigException {
        return new Fixture(tmp).env("OS_AUTH_URL", "http://h:5000", "OS_USERNAME", "u",
                "OS_PASSWORD", "pw-SECRET", "OS_PROJECT_NAME", "p").env(env).load();
    }

    @Test
    void toStringRedactsSecrets() throws ConfigException {
        String s = load("OS_TOKEN", "tok-SECRET", "OS_APPLICATION_CREDENTIAL_SECRET", "ac-SECRET").toString();
        assertFalse(s.contains("SECRET"), s);
        assertTrue(s.contains("password=***"), s);
        assertTrue(s.contains("username=u"), s);

        String ac = new Fixture(tmp).env("OS_AUTH_TYPE", "v3applicationcredential", "OS_AUTH_URL", "http://h",
                "OS_APPLICATION_CREDENTIAL_ID", "id", "OS_APPLICATION_CREDENTIAL_SECRET", "ac-SECRET").load().toString();
        assertFalse(ac.contains("SECRET"), ac);
        assertTrue(ac.contains("application_credential_secret=***"), ac);

        String tok = new Fixture(tmp).env("OS_AUTH_TYPE", "token", "OS_AUTH_URL", "http://h", "OS_TOKEN", "tok-SECRET")
                .load().toString();
        assertFalse(tok.contains("SECRET"), tok);
        assertTrue(tok.contains("token=***"), tok);
    }

    @Test
    void cacheKeyIsStableHexAndHidesSecrets() throws ConfigException {
        String key = load().cacheKey();
        assertEquals(key, load().cacheKey());
        assertTrue(key.matches("[0-9a-f]{64}"), key);
        assertFalse(key.contains("pw-SECRET"));
    }

    @Test
    void cacheKeyFollowsWhatDecidesTheToken() throws ConfigException {
        String key = load().cacheKey();
        assertNotEquals(key, load("OS_PASSWORD", "other").cacheKey(), "password");
        assertNotEquals(key, load("OS_PROJECT_NAME", "q").cacheKey(), "project");
        assertNotEquals(key, load("OS_USERNAME", "v").cacheKey(), "user");
        assertNotEquals(key, load("OS_USER_DOMAIN_NAME", "d").cacheKey(), "user domain");
        assertNotEquals(key, load("OS_AUTH_URL", "http://other").cacheKey(), "auth url");
        assertNotEquals(key, load("OS_SYSTEM_SCOPE", "all").cacheKey(), "system scope");
        assertNotEquals(key, load("OS_AUTH_TYPE", "v3password").cacheKey(), "auth type");
        assertEquals(key, load("OS_REGION_NAME", "R").cacheKey(), "region picks endpoints only");
        assertEquals(key, load("OS_INTERFACE", "admin").cacheKey(), "interface picks endpoints only");
        assertEquals(key, load("OS_COMPUTE_API_VERSION", "2.90").cacheKey());
    }

    @Test
    void interfaceNormalization() throws ConfigException {
        assertEquals("public", load().interfaceName());
        assertEquals("internal", load("OS_INTERFACE", "internalURL").interfaceName());
        assertEquals("internalURL", load("OS_INTERFACE", "internalURL").rawInterface());
        assertEquals("admin", load("OS_CLOUD", "envvars", "OS_ENDPOINT_TYPE", "adminURL").interfaceName());
        assertEquals("public", load("OS_CLOUD", "envvars", "OS_ENDPOINT_TYPE", "publicURL", "OS_INTERFACE", "admin")
                .interfaceName(), "endpoint_type replaces interface");
    }

    @Test
    void domainScopeStaysWithoutProject() throws ConfigException {
        CloudConfig c = new Fixture(tmp).env("OS_AUTH_URL", "http://h", "OS_USERNAME", "u", "OS_PASSWORD", "p",
                "OS_DOMAIN_NAME", "dn").load();
        assertEquals(Optional.of("dn"), c.domainName());
        CloudConfig withProject = new Fixture(tmp).env("OS_AUTH_URL", "http://h", "OS_USERNAME", "u", "OS_PASSWORD", "p",
                "OS_DOMAIN_NAME", "dn", "OS_PROJECT_NAME", "pn").load();
        assertEquals(Optional.empty(), withProject.domainName());
        assertEquals(Optional.of("dn"), withProject.userDomainName());
        assertEquals(Optional.of("dn"), withProject.projectDomainName());
    }

    @Test
    void identityV3DefaultsDomainsToDefault() throws ConfigException {
        CloudConfig c = load("OS_IDENTITY_API_VERSION", "3");
        assertEquals(Optional.of("default"), c.userDomainId());
        assertEquals(Optional.of("default"), c.projectDomainId());
        assertEquals(Optional.of("dd"), load("OS_IDENTITY_API_VERSION", "3", "OS_DEFAULT_DOMAIN", "dd").projectDomainId());
    }

    @Test
    void identityV2DropsDomainsWithAWarning() throws ConfigException {
        CloudConfig c = load("OS_IDENTITY_API_VERSION", "2", "OS_USER_DOMAIN_NAME", "ud");
        assertEquals(Optional.empty(), c.userDomainName());
        assertEquals(java.util.List.of("Ignoring domain related config user_domain_name because identity API version is 2.0"),
                c.warnings());
    }

    @Test
    void rawIsUnmodifiable() throws ConfigException {
        CloudConfig c = load();
        assertThrows(UnsupportedOperationException.class, () -> c.raw().put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> c.authValues().put("x", "y"));
    }
}
