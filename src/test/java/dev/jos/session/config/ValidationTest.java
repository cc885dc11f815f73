package dev.jos.session.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every message OSC 6.0.0 prints (and its exit status) when a command cannot authenticate. */
class ValidationTest {

    @TempDir
    Path tmp;

    private ConfigException failure(Fixture f) {
        return assertThrows(ConfigException.class, () -> f.load().validateForAuth());
    }

    private Fixture fixture(String... env) {
        return new Fixture(tmp).env(env);
    }

    @Test
    void nothingSet() {
        ConfigException e = failure(fixture());
        assertEquals("Missing value auth-url required for auth plugin password", e.getMessage());
        assertEquals(1, e.exitCode());
    }

    @Test
    void missingPasswordWithoutTerminal() {
        ConfigException e = failure(fixture("OS_AUTH_URL", "http://h", "OS_USERNAME", "u"));
        assertEquals("No password entered, or found via --os-password or OS_PASSWORD", e.getMessage());
        MissingSecretException secret = (MissingSecretException) e;
        assertEquals("password", secret.authKey());
        assertEquals("Password: ", secret.prompt());
        assertEquals(1, e.exitCode());
    }

    @Test
    void aPromptedPasswordCompletesTheConfig() throws ConfigException {
        CloudConfig c = fixture("OS_AUTH_URL", "http://h", "OS_USERNAME", "u").load();
        MissingSecretException e = assertThrows(MissingSecretException.class, c::validateForAuth);
        assertDoesNotThrow(c.withAuthValue(e.authKey(), "typed")::validateForAuth);
    }

    @Test
    void totpPasscodeUsesThePasswordMessage() {
        MissingSecretException e = (MissingSecretException) failure(fixture(
                "OS_AUTH_TYPE", "v3totp", "OS_AUTH_URL", "http://h", "OS_USERNAME", "u"));
        assertEquals("No password entered, or found via --os-password or OS_PASSWORD", e.getMessage());
        assertEquals("TOTP passcode: ", e.prompt());
    }

    @Test
    void missingUsername() {
        assertEquals("Missing parameter(s): \nSet a username with --os-username, OS_USERNAME, or auth.username"
                        + " or set a user-id with --os-user-id, OS_USER_ID, or auth.user_id",
                failure(fixture("OS_AUTH_URL", "http://h", "OS_PASSWORD", "p")).getMessage());
    }

    @Test
    void missingToken() {
        assertEquals("Missing parameter(s): \nSet a token with --os-token, OS_TOKEN or auth.token",
                failure(fixture("OS_AUTH_TYPE", "token", "OS_AUTH_URL", "http://h")).getMessage());
    }

    @Test
    void applicationCredentialMessagesUseTheUnderscoredName() {
        assertEquals("Missing value application_credential_secret required for auth plugin v3applicationcredential",
                failure(fixture("OS_AUTH_TYPE", "v3applicationcredential", "OS_APPLICATION_CREDENTIAL_ID", "a",
                        "OS_AUTH_URL", "http://h")).getMessage());
        assertEquals("Missing value auth-url required for auth plugin v3applicationcredential\n"
                        + "Missing value application_credential_secret required for auth plugin v3applicationcredential",
                failure(fixture("OS_AUTH_TYPE", "v3applicationcredential")).getMessage());
    }

    @Test
    void unknownAuthTypeFromEnvironment() {
        ConfigException e = failure(fixture("OS_AUTH_TYPE", "nope", "OS_AUTH_URL", "http://h"));
        assertEquals("The plugin nope could not be found", e.getMessage());
        assertEquals(1, e.exitCode());
    }

    @Test
    void unknownAuthTypeOnlyMattersForAuthenticatedCommands() throws ConfigException {
        // OSC loads with validate=False first; commands without auth never see the plugin
        CloudConfig c = fixture("OS_AUTH_TYPE", "nope").load();
        assertEquals("nope", c.authType());
    }

    @Test
    void unknownAuthTypeOnTheCommandLineIsAnArgparseError() {
        ConfigException e = assertThrows(ConfigException.class, () -> new Fixture(tmp).cli("auth-type", "nope").load());
        assertTrue(e.getMessage().startsWith("jos: error: argument --os-auth-type: invalid choice: 'nope' (choose from "));
        assertEquals(2, e.exitCode());
    }

    @Test
    void interfaceChoicesOnTheCommandLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> new Fixture(tmp).cli("interface", "internalURL").load());
        assertEquals("jos: error: argument --os-interface: invalid choice: 'internalURL'"
                + " (choose from 'admin', 'public', 'internal')", e.getMessage());
        assertEquals(2, e.exitCode());
    }

    @Test
    void adminTokenArgumentsAreChecked() {
        assertEquals("Token.__init__() missing 2 required positional arguments: 'endpoint' and 'token'",
                failure(fixture("OS_AUTH_TYPE", "admin_token")).getMessage());
        assertEquals("Token.__init__() missing 1 required positional argument: 'token'",
                failure(fixture("OS_AUTH_TYPE", "admin_token", "OS_ENDPOINT", "http://e")).getMessage());
    }

    @Test
    void httpBasicPromptsThenWantsAUser() {
        // "Set a cloud-name with --os-cloud or OS_CLOUD" needs an empty auth dict, which no
        // plugin of keystoneauth1 5.0.0 gets past the earlier checks with; http_basic shows the order
        assertEquals("No password entered, or found via --os-password or OS_PASSWORD",
                failure(fixture("OS_AUTH_TYPE", "http_basic")).getMessage());
        assertEquals("Missing parameter(s): \nSet a username with --os-username, OS_USERNAME, or auth.username"
                        + " or set a user-id with --os-user-id, OS_USER_ID, or auth.user_id",
                failure(fixture("OS_AUTH_TYPE", "http_basic", "OS_PASSWORD", "p")).getMessage());
    }

    @Test
    void noneNeedsNothing() throws ConfigException {
        fixture("OS_AUTH_TYPE", "none").load().validateForAuth();
    }

    @Test
    void authTypeAliases() throws ConfigException {
        assertEquals("admin_token", fixture("OS_AUTH_TYPE", "token_endpoint").load().authType());
        assertEquals("admin_token", fixture("OS_ENDPOINT", "http://e", "OS_TOKEN", "t").load().authType());
        CloudConfig v3 = new Fixture(tmp).env("OS_CLOUD", "c").homeClouds("""
                clouds:
                  c:
                    auth_type: ''
                    username: u
                    identity_api_version: 3
                """).load();
        assertEquals("v3password", v3.authType());
        assertEquals("v3token", fixture("OS_AUTH_TYPE", "v3token").load().authType());
        assertEquals("v2password", fixture("OS_AUTH_TYPE", "v2password").load().authType());
    }
}
