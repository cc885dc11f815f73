package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.jos.parity.ParityHarness.Compare;
import dev.jos.parity.ParityHarness.Pair;

/**
 * What happens around the commands: usage errors (exit 2), unknown commands, missing or wrong
 * settings, objects that are not there, the global --os-* options.
 */
class CliParityIT extends LabParity {

    // ---- usage errors -----------------------------------------------------------------

    @Test
    void optionWithoutValue() {
        Pair p = h.parity(admin, "role", "assignment", "list", "--user");
        assertEquals(2, p.osc().exit());
        assertTrue(p.osc().stderr().contains("error: argument --user: expected one argument"), p.osc().stderr());
    }

    @Test
    void missingPositional() {
        Pair p = h.parity(admin, "user", "create");
        assertEquals(2, p.osc().exit());
        assertTrue(p.osc().stderr().contains("error: the following arguments are required: <name>"),
                p.osc().stderr());
    }

    @Test
    void badFormat() {
        h.parity(admin, "user", "list", "-f", "bogus");
    }

    @Test
    void showFormatNotForLists() {
        h.parity(admin, "user", "show", "admin", "-f", "csv");
    }

    @Test
    void unrecognizedOption() {
        h.parity(admin, "user", "list", "--bogus");
    }

    @Test
    void badInteger() {
        h.parity(admin, "user", "list", "--max-width", "abc");
    }

    @Test
    void computeApiVersionsOscRefusesBeforeAnyCommand() {
        h.parity(admin, "--os-compute-api-version", "abc", "user", "list");
        h.parity(admin, "--os-compute-api-version", "3.1", "user", "list");
        h.parity(admin, "--os-compute-api-version", "2.200", "flavor", "list");
    }

    @Test
    void badChoice() {
        h.parity(admin, "role", "list", "-f", "csv", "--quote", "sometimes");
    }

    @Test
    void exclusiveSortOptions() {
        h.parity(admin, "role", "list", "--sort-ascending", "--sort-descending");
    }

    @Test
    void exclusiveTargets() {
        h.parity(admin, "role", "assignment", "list", "--project", "admin", "--domain", "default");
    }

    @Test
    void roleAddWithoutTarget() {
        h.parity(admin, "role", "add", "--user", "demo", "member");
    }

    @Test
    void tokenRevokeWithoutToken() {
        h.parity(admin, "token", "revoke");
    }

    /** cliff names the columns as the command built them: a list for user list, a tuple elsewhere. */
    @ParameterizedTest
    @ValueSource(strings = {"user list", "user list --long", "project list", "project list --long", "role list",
        "role assignment list", "role assignment list --names", "catalog list", "user show admin",
        "project show admin", "role show member", "catalog show compute", "token issue"})
    void unknownColumn(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("-c", "Bogus"));
        h.parity(admin, args.toArray(String[]::new));
    }

    @Test
    void unknownSortColumn() {
        h.parity(admin, "role", "list", "--sort-column", "Bogus");
    }

    // ---- unknown commands (cliff's fuzzy matches, here all among the jos commands) -----

    @Test
    void unknownCommandCatalog() {
        h.parity(Compare.exact().renamingProgramInStdout(), admin, "catalg");
    }

    @Test
    void unknownCommandToken() {
        h.parity(Compare.exact().renamingProgramInStdout(), admin, "tokn");
    }

    @Test
    void unknownCommandRole() {
        h.parity(Compare.exact().renamingProgramInStdout(), admin, "rolez");
    }

    @Test
    void unknownSubcommand() {
        h.parity(Compare.exact().renamingProgramInStdout().onlySuggestionsStartingWith("token"), admin, "token", "foo");
    }

    // ---- settings -------------------------------------------------------------------

    @Test
    void emptyEnvironment() {
        Pair p = h.parity(Map.of(), "user", "list");
        assertEquals(1, p.osc().exit());
        assertTrue(p.osc().stderr().contains("Missing value auth-url required for auth plugin password"),
                p.osc().stderr());
    }

    @Test
    void emptyEnvironmentBeatsUsageError() {
        h.parity(Map.of(), "user", "list", "--bogus");
    }

    @Test
    void wrongPassword() {
        Map<String, String> env = new LinkedHashMap<>(admin);
        env.put("OS_PASSWORD", "not-the-password");
        h.parity(env, "user", "list");
    }

    @Test
    void unknownProject() {
        Map<String, String> env = new LinkedHashMap<>(admin);
        env.put("OS_PROJECT_NAME", "no-such-project");
        h.parity(env, "user", "list");
    }

    @Test
    void allSettingsAsGlobalOptions() {
        h.parity(Map.of(), "--os-auth-url", "http://127.0.0.1:5000/v3", "--os-username", "admin",
                "--os-password", "admin", "--os-project-name", "admin", "--os-user-domain-name", "Default",
                "--os-project-domain-name", "Default", "--os-identity-api-version", "3", "role", "list");
    }

    @Test
    void globalOptionOverridesEnvironment() {
        Map<String, String> env = new LinkedHashMap<>(admin);
        env.put("OS_PASSWORD", "not-the-password");
        h.parity(env, "--os-password", "admin", "role", "list", "-f", "value");
    }

    @Test
    void versionlessAuthUrl() {
        Map<String, String> env = new LinkedHashMap<>(admin);
        env.put("OS_AUTH_URL", "http://127.0.0.1:5000");
        h.parity(env, "token", "issue", "-c", "project_id", "-c", "user_id", "-f", "value");
    }

    @Test
    void internalInterface() {
        Map<String, String> env = new LinkedHashMap<>(admin);
        env.put("OS_INTERFACE", "internal");
        h.parity(env, "project", "list");
    }

    @Test
    void projectIdInsteadOfName() {
        String projectId = h.oscOk(admin, "project", "show", "admin", "-f", "value", "-c", "id").stdout().strip();
        Map<String, String> env = new LinkedHashMap<>(admin);
        env.remove("OS_PROJECT_NAME");
        env.remove("OS_PROJECT_DOMAIN_NAME");
        env.put("OS_PROJECT_ID", projectId);
        h.parity(env, "token", "issue", "-c", "project_id", "-f", "value");
    }

    // ---- clouds.yaml and other ways to authenticate -----------------------------------

    private static final String CLOUDS_YAML = """
            clouds:
              lab:
                auth:
                  auth_url: http://127.0.0.1:5000/v3
                  username: admin
                  password: admin
                  project_name: admin
                  user_domain_name: Default
                  project_domain_name: Default
                region_name: RegionOne
                interface: public
                identity_api_version: 3
              lab-demo:
                auth:
                  auth_url: http://127.0.0.1:5000
                  username: demo
                  project_name: demo
                  user_domain_name: Default
                  project_domain_name: Default
                region_name: RegionOne
            """;
    private static final String SECURE_YAML = """
            clouds:
              lab-demo:
                auth:
                  password: demo
            """;

    private void cloudsYaml() {
        h.homeFile(".config/openstack/clouds.yaml", CLOUDS_YAML);
        h.homeFile(".config/openstack/secure.yaml", SECURE_YAML);
    }

    @Test
    void osCloudOption() {
        cloudsYaml();
        h.parity(Map.of(), "--os-cloud", "lab", "role", "list");
    }

    @Test
    void osCloudVariableWithSecureYaml() {
        cloudsYaml();
        h.parity(Map.of("OS_CLOUD", "lab-demo"), "project", "list", "--long");
    }

    @Test
    void osCloudMissing() {
        cloudsYaml();
        h.parity(Map.of(), "--os-cloud", "nosuch", "role", "list");
    }

    @Test
    void osCloudWithOverrides() {
        cloudsYaml();
        h.parity(Map.of("OS_CLOUD", "lab"), "--os-username", "demo", "--os-password", "demo", "--os-project-name",
                "demo", "token", "issue", "-c", "user_id", "-f", "value");
    }

    @Test
    void osCloudWithEnvironmentOverrides() {
        cloudsYaml();
        Map<String, String> env = new LinkedHashMap<>(Lab.demoRc());
        env.put("OS_CLOUD", "lab");
        h.parity(env, "token", "issue", "-c", "project_id", "-c", "user_id", "-f", "json");
    }

    @Test
    void osCloudBadRegion() {
        cloudsYaml();
        h.parity(Map.of(), "--os-cloud", "lab", "--os-region-name", "Nowhere", "user", "list");
    }

    @Test
    void badRegionFromEnvironment() {
        Map<String, String> env = new LinkedHashMap<>(admin);
        env.put("OS_REGION_NAME", "Nowhere");
        h.parity(env, "user", "list");
    }

    @Test
    void noPassword() {
        Map<String, String> env = new LinkedHashMap<>(admin);
        env.remove("OS_PASSWORD");
        h.parity(env, "role", "list");
    }

    @Test
    void authTypeV3password() {
        Map<String, String> env = new LinkedHashMap<>(admin);
        env.put("OS_AUTH_TYPE", "v3password");
        h.parity(env, "role", "list");
    }

    @Test
    void authTypeToken() {
        String token = h.oscOk(admin, "token", "issue", "-f", "value", "-c", "id").stdout().strip();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OS_AUTH_URL", admin.get("OS_AUTH_URL"));
        env.put("OS_AUTH_TYPE", "token");
        env.put("OS_TOKEN", token);
        env.put("OS_PROJECT_NAME", "demo");
        env.put("OS_PROJECT_DOMAIN_NAME", "Default");
        h.parity(env, "token", "issue", "-c", "project_id", "-c", "user_id", "-f", "value");
    }

    @Test
    void userIdAndDomainIds() {
        String userId = h.oscOk(admin, "user", "show", "demo", "-f", "value", "-c", "id").stdout().strip();
        Map<String, String> env = new LinkedHashMap<>(Lab.demoRc());
        env.remove("OS_USERNAME");
        env.remove("OS_USER_DOMAIN_NAME");
        env.remove("OS_PROJECT_DOMAIN_NAME");
        env.put("OS_USER_ID", userId);
        env.put("OS_PROJECT_DOMAIN_ID", "default");
        h.parity(env, "project", "list");
    }

    @Test
    void defaultDomain() {
        Map<String, String> env = new LinkedHashMap<>(Lab.demoRc());
        env.remove("OS_USER_DOMAIN_NAME");
        env.remove("OS_PROJECT_DOMAIN_NAME");
        env.put("OS_DEFAULT_DOMAIN", "default");
        h.parity(env, "token", "issue", "-c", "user_id", "-f", "value");
    }

    @Test
    void adminInterface() {
        h.parity(admin, "--os-interface", "admin", "user", "list", "-f", "value");
    }

    // ---- objects that are not there ------------------------------------------------

    @Test
    void userShowMissing() {
        h.parity(admin, "user", "show", "nobody-at-all");
    }

    @Test
    void projectShowMissing() {
        h.parity(admin, "project", "show", "no-such-project");
    }

    @Test
    void roleShowMissing() {
        h.parity(admin, "role", "show", "no-such-role");
    }

    @Test
    void roleAssignmentUnknownUser() {
        h.parity(admin, "role", "assignment", "list", "--names", "--user", "nobody");
    }

    @Test
    void roleAssignmentUnknownProject() {
        h.parity(admin, "role", "assignment", "list", "--project", "no-such-project");
    }

    @Test
    void roleDeleteMissing() {
        h.parity(admin, "role", "delete", "no-such-role-1", "no-such-role-2");
    }

    @Test
    void userDeleteMissing() {
        h.parity(admin, "user", "delete", "no-such-user");
    }

    @Test
    void projectDeleteMissing() {
        h.parity(admin, "project", "delete", "no-such-project");
    }

    @Test
    void userSetMissing() {
        h.parity(admin, "user", "set", "--description", "x", "no-such-user");
    }

    @Test
    void userListOfMissingProject() {
        h.parity(admin, "user", "list", "--project", "no-such-project");
    }

    // ---- tokens ---------------------------------------------------------------------

    @Test
    void tokenRevoke() {
        String josToken = h.oscOk(admin, "token", "issue", "-f", "value", "-c", "id").stdout().strip();
        String oscToken = h.oscOk(admin, "token", "issue", "-f", "value", "-c", "id").stdout().strip();
        Pair first = h.sides(admin, List.of("token", "revoke", josToken), admin, List.of("token", "revoke", oscToken));
        h.assertParity(first, Compare.exact());
        Pair again = h.sides(admin, List.of("token", "revoke", josToken), admin, List.of("token", "revoke", oscToken));
        h.assertParity(again, Compare.exact());
    }

    @Test
    void tokenRevokeGarbage() {
        h.parity(admin, "token", "revoke", "not-a-token");
    }
}
