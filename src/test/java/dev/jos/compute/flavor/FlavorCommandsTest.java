package dev.jos.compute.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.Context;
import dev.jos.Jos;
import dev.jos.cli.CommandResult;
import dev.jos.cli.FormatOptions;
import dev.jos.cli.Invocation;
import dev.jos.cli.JosCommand;
import dev.jos.cli.ListCommand;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.compute.ComputeApi.FlavorSpec;
import dev.jos.identity.IdentityApi;
import dev.jos.identity.IdentityKind;
import dev.jos.json.Json;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import dev.jos.session.ServiceApis;
import picocli.CommandLine;

/**
 * The flavor commands at two seams: their options as picocli (and Jos) parse them, and their
 * work over a {@link FakeNova} and a mocked keystone, asserting the calls made and what OSC's
 * formatters print. The lab comparison is FlavorParityIT.
 */
class FlavorCommandsTest {
    private static final String PUBLIC_ID = "6c8607b7-4873-4e43-83d1-9f065663e6f5";
    private static final String PRIVATE_ID = "573ec0ce-65d3-413b-a288-7d206cbc2ad4";
    private static final Map<String, String> CLOUD = Map.of("OS_AUTH_URL", "http://127.0.0.1:9/v3",
            "OS_USERNAME", "u", "OS_PASSWORD", "p", "OS_PROJECT_NAME", "p");

    private final FakeNova nova = new FakeNova();
    private final IdentityApi identity = mock(IdentityApi.class);
    private final StringWriter err = new StringWriter();

    @TempDir
    Path home;

    FlavorCommandsTest() {
        nova.add(PUBLIC_ID, "mini", 512, true);
        nova.add(PRIVATE_ID, "secret", 256, false);
        nova.access.get(PRIVATE_ID).add("p-demo");
        when(identity.get(eq(IdentityKind.PROJECT), anyString())).thenThrow(new ApiException(404, "Could not find project", null));
        ObjectNode demo = Json.object();
        demo.put("id", "p-demo");
        demo.put("name", "demo");
        org.mockito.Mockito.doReturn(demo).when(identity).get(IdentityKind.PROJECT, "demo");
    }

    // ---- helpers ------------------------------------------------------------------------

    private static <T extends JosCommand> T parse(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    /** Runs the command over the fakes and renders its result as cliff would. */
    private String run(JosCommand command) throws Exception {
        ComputeApi compute = nova.api();
        ServiceApis apis = new ServiceApis() {
            @Override
            public IdentityApi identity() {
                return identity;
            }

            @Override
            public ComputeApi compute() {
                return compute;
            }
        };
        CommandResult result = command.run(new Invocation(apis, new PrintWriter(err, true), () -> false));
        StringWriter out = new StringWriter();
        Context ctx = new Context(Map.of(), new PrintWriter(out), new PrintWriter(err), InputStream.nullInputStream(),
                home, home, () -> false);
        FormatOptions f = command instanceof ShowCommand s ? s.formatOptions
                : command instanceof ListCommand l ? l.formatOptions : null;
        new dev.jos.cli.ResultPrinter(ctx).print(result, f, null);
        return out.toString();
    }

    private record Cli(int rc, String out, String err) {
    }

    /** Through Jos, for the argparse-time errors (no request is made: the cloud is unreachable). */
    private Cli jos(String... args) {
        StringWriter out = new StringWriter();
        StringWriter e = new StringWriter();
        int rc = Jos.run(args, new Context(CLOUD, new PrintWriter(out), new PrintWriter(e),
                new ByteArrayInputStream(new byte[0]), home, home, () -> false));
        return new Cli(rc, out.toString(), e.toString());
    }

    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1];
    }

    // ---- seam 1: parsing ----------------------------------------------------------------

    @Test
    void createDefaultsAreOscs() {
        FlavorCreate c = parse(new FlavorCreate(), "f");
        assertEquals(256L, c.ram);
        assertEquals(0L, c.disk);
        assertEquals(0L, c.ephemeral);
        assertEquals(0L, c.swap);
        assertEquals(1L, c.vcpus);
        assertEquals(1.0, c.rxtxFactor);
        assertEquals(false, c.privateFlavor);
    }

    @Test
    void pythonNumberSyntax() {
        FlavorCreate c = parse(new FlavorCreate(), "--ram", " 1_024", "--disk", "+5", "--rxtx-factor", "2", "--swap", "-1", "f");
        assertEquals(1024L, c.ram);
        assertEquals(5L, c.disk);
        assertEquals(2.0, c.rxtxFactor);
        assertEquals(-1L, c.swap);
        assertEquals(1e3, parse(new FlavorCreate(), "--rxtx-factor", "1e3", "f").rxtxFactor);
    }

    @Test
    void badNumbersAreArgparsesUsageErrors() {
        Cli r = jos("flavor", "create", "--ram", "x", "f");
        assertEquals(2, r.rc());
        assertEquals("jos flavor create: error: argument --ram: invalid int value: 'x'", lastLine(r.err()));
        assertEquals("jos flavor create: error: argument --ram: invalid int value: '0x10'",
                lastLine(jos("flavor", "create", "--ram", "0x10", "f").err()));
        assertEquals("jos flavor create: error: argument --rxtx-factor: invalid float value: '2d'",
                lastLine(jos("flavor", "create", "--rxtx-factor", "2d", "f").err()));
        assertEquals("jos flavor list: error: argument --limit: invalid int value: 'ten'",
                lastLine(jos("flavor", "list", "--limit", "ten").err()));
        assertEquals("jos flavor list: error: argument --min-disk: invalid int value: '1.5'",
                lastLine(jos("flavor", "list", "--min-disk", "1.5").err()));
    }

    @Test
    void exclusiveGroups() {
        Cli r = jos("flavor", "create", "--public", "--private", "f");
        assertEquals(2, r.rc());
        assertEquals("jos flavor create: error: argument --private: not allowed with argument --public", lastLine(r.err()));
        assertEquals("jos flavor list: error: argument --all: not allowed with argument --private",
                lastLine(jos("flavor", "list", "--private", "--all").err()));
        assertEquals("jos flavor list: error: argument --public: not allowed with argument --all",
                lastLine(jos("flavor", "list", "--all", "--public").err()));
    }

    @Test
    void requiredArguments() {
        assertEquals("jos flavor delete: error: the following arguments are required: <flavor>",
                lastLine(jos("flavor", "delete").err()));
        assertEquals("jos flavor show: error: the following arguments are required: <flavor>",
                lastLine(jos("flavor", "show").err()));
        assertEquals("jos flavor create: error: the following arguments are required: <flavor-name>",
                lastLine(jos("flavor", "create").err()));
        assertEquals(2, jos("flavor", "set").rc());
        assertEquals(2, jos("flavor", "unset").rc());
    }

    @Test
    void unsetTakesKeysAndSetTakesPairs() {
        FlavorUnset u = parse(new FlavorUnset(), "--property", "a", "--property", "b=c", "--project", "demo", "f");
        assertEquals(List.of("a", "b=c"), u.properties);
        FlavorSet s = parse(new FlavorSet(), "--no-property", "--property", "a=b", "--description", "d", "f");
        assertTrue(s.noProperty);
        assertEquals(List.of("a=b"), s.properties);
    }

    // ---- seam 2: over a fake nova -------------------------------------------------------

    @Test
    void showPublicFetchesEmptyExtraSpecsAndNoAccess() throws Exception {
        String out = run(parse(new FlavorShow(), "mini"));
        assertEquals(List.of("getFlavor mini", "listFlavors {is_public=None} true", "flavorExtraSpecs " + PUBLIC_ID), nova.calls);
        assertEquals(String.join("\n",
                "+----------------------------+--------------------------------------+",
                "| Field                      | Value                                |",
                "+----------------------------+--------------------------------------+",
                "| OS-FLV-DISABLED:disabled   | False                                |",
                "| OS-FLV-EXT-DATA:ephemeral  | 0                                    |",
                "| access_project_ids         | None                                 |",
                "| description                | None                                 |",
                "| disk                       | 1                                    |",
                "| id                         | " + PUBLIC_ID + " |",
                "| name                       | mini                                 |",
                "| os-flavor-access:is_public | True                                 |",
                "| properties                 |                                      |",
                "| ram                        | 512                                  |",
                "| rxtx_factor                | 1.0                                  |",
                "| swap                       |                                      |",
                "| vcpus                      | 1                                    |",
                "+----------------------------+--------------------------------------+", ""), out);
    }

    @Test
    void showPrivateByIdListsAccessProjectsAsJson() throws Exception {
        nova.specs.get(PRIVATE_ID).put("hw:cpu", "2");
        FlavorShow show = parse(new FlavorShow(), PRIVATE_ID, "-f", "json");
        String out = run(show);
        assertEquals(List.of("getFlavor " + PRIVATE_ID, "flavorAccess " + PRIVATE_ID), nova.calls);
        assertEquals(String.join("\n", "{",
                "  \"OS-FLV-DISABLED:disabled\": false,",
                "  \"OS-FLV-EXT-DATA:ephemeral\": 0,",
                "  \"access_project_ids\": [",
                "    \"p-demo\"",
                "  ],",
                "  \"description\": null,",
                "  \"disk\": 1,",
                "  \"id\": \"" + PRIVATE_ID + "\",",
                "  \"name\": \"secret\",",
                "  \"os-flavor-access:is_public\": false,",
                "  \"properties\": {",
                "    \"hw:cpu\": \"2\"",
                "  },",
                "  \"ram\": 256,",
                "  \"rxtx_factor\": 1.0,",
                "  \"swap\": \"\",",
                "  \"vcpus\": 1",
                "}", ""), out);
    }

    @Test
    void showAccessFailureIsLoggedAndShownAsNone() throws Exception {
        nova.failing.put("flavorAccess", FakeNova.sdkError(403, "HttpException: 403: Client Error for url: x, no"));
        String out = run(parse(new FlavorShow(), "secret", "-f", "value", "-c", "access_project_ids"));
        assertEquals("None\n", out);
        assertEquals("Failed to get access projects list for flavor 'secret': HttpException: 403: Client Error for url: x, no\n",
                err.toString());
    }

    @Test
    void unknownAndDuplicateNames() {
        CommandException e = assertThrows(CommandException.class, () -> run(parse(new FlavorShow(), "nope")));
        assertEquals("No Flavor found for nope", e.getMessage());
        nova.add("other", "mini", 1024, true);
        e = assertThrows(CommandException.class, () -> run(parse(new FlavorShow(), "mini")));
        assertEquals("More than one Flavor exists with the name 'mini'.", e.getMessage());
    }

    @Test
    void findPropagatesErrorsOtherThan404And400() {
        nova.failing.put("getFlavor", FakeNova.sdkError(403, "HttpException: 403: forbidden"));
        CommandException e = assertThrows(CommandException.class, () -> run(parse(new FlavorShow(), "mini")));
        assertEquals("HttpException: 403: forbidden", e.getMessage());
        assertEquals(List.of("getFlavor mini"), nova.calls);
    }

    @Test
    void listSendsOscsQueryAndFetchesEmptyExtraSpecs() throws Exception {
        nova.specs.get(PUBLIC_ID).put("k", "v");
        String out = run(parse(new FlavorList(), "--long"));
        // mini's specs came inline; nothing else is public
        assertEquals(List.of("listFlavors {is_public=True} true"), nova.calls);
        assertEquals(String.join("\n",
                "+--------------------------------------+------+-----+------+-----------+-------+-----------+------+-------------+------------+",
                "| ID                                   | Name | RAM | Disk | Ephemeral | VCPUs | Is Public | Swap | RXTX Factor | Properties |",
                "+--------------------------------------+------+-----+------+-----------+-------+-----------+------+-------------+------------+",
                "| " + PUBLIC_ID + " | mini | 512 |    1 |         0 |     1 | True      |      |         1.0 | k='v'      |",
                "+--------------------------------------+------+-----+------+-----------+-------+-----------+------+-------------+------------+",
                ""), out);
    }

    @Test
    void listAllWithPagingOptionsAndFilters() throws Exception {
        nova.specsInline = false;
        run(parse(new FlavorList(), "--all", "--min-disk", "2", "--min-ram", "0", "--marker", "m", "--limit", "5"));
        assertEquals(List.of("listFlavors {limit=5, marker=m, is_public=None, minDisk=2} false",
                "flavorExtraSpecs " + PUBLIC_ID, "flavorExtraSpecs " + PRIVATE_ID), nova.calls);
    }

    @Test
    void listPrivateAsJsonHasTypedValues() throws Exception {
        String out = run(parse(new FlavorList(), "--private", "-f", "json", "--long"));
        assertTrue(nova.calls.get(0).startsWith("listFlavors {is_public=False} true"), nova.calls.toString());
        assertTrue(out.contains("\"RAM\": 256,") && out.contains("\"Is Public\": false,") && out.contains("\"RXTX Factor\": 1.0,")
                && out.contains("\"Properties\": {}"), out);
    }

    @Test
    void createSendsEveryDefaultThenAccessThenProperties() throws Exception {
        String out = run(parse(new FlavorCreate(), "--private", "--project", "demo", "--property", "a=b",
                "--description", "d", "--id", "my-id", "-f", "shell", "newf"));
        assertEquals(List.of(
                "createFlavor " + new FlavorSpec("newf", "my-id", 256L, 1L, 0L, 0L, 0L, 1.0, false, "d"),
                "addFlavorAccess my-id p-demo",
                "createFlavorExtraSpecs my-id {a=b}"), nova.calls);
        assertEquals(String.join("\n",
                "os_flv_disabled_disabled=\"False\"",
                "os_flv_ext_data_ephemeral=\"0\"",
                "description=\"d\"",
                "disk=\"0\"",
                "id=\"my-id\"",
                "name=\"newf\"",
                "os_flavor_access_is_public=\"False\"",
                "properties=\"{'a': 'b'}\"",
                "ram=\"256\"",
                "rxtx_factor=\"1.0\"",
                "swap=\"\"",
                "vcpus=\"1\"", ""), out);
    }

    @Test
    void courseCreateWithEphemeralAndSwap() throws Exception {
        String out = run(parse(new FlavorCreate(), "--ram", "1024", "--disk", "10", "--vcpus", "1", "--ephemeral", "1",
                "--swap", "12", "-f", "value", "-c", "swap", "-c", "OS-FLV-EXT-DATA:ephemeral", "demo-disk"));
        assertEquals(List.of("createFlavor " + new FlavorSpec("demo-disk", null, 1024L, 1L, 10L, 1L, 12L, 1.0, true, null)),
                nova.calls);
        assertEquals("1\n12\n", out);
    }

    @Test
    void createRefusesProjectWithoutPrivateBeforeAnyRequest() {
        CommandException e = assertThrows(CommandException.class, () -> run(parse(new FlavorCreate(), "--project", "demo", "f")));
        assertEquals("--project is only allowed with --private", e.getMessage());
        assertEquals(List.of(), nova.calls);
    }

    @Test
    void badPropertyIsOscsBareMessage() {
        CommandException e = assertThrows(CommandException.class, () -> run(parse(new FlavorCreate(), "--property", "x", "f")));
        assertEquals("Expected 'key=value' type, but got: x", e.getMessage());
        e = assertThrows(CommandException.class, () -> run(parse(new FlavorSet(), "--property", "=x", "mini")));
        assertEquals("Property key must be specified: =x", e.getMessage());
        assertEquals(List.of(), nova.calls);
    }

    @Test
    void descriptionNeedsMicroversion255() {
        nova.microversion = "2.50";
        CommandException e = assertThrows(CommandException.class, () -> run(parse(new FlavorCreate(), "--description", "d", "f")));
        assertEquals("The --description parameter requires server support for API microversion 2.55", e.getMessage());
        assertEquals(List.of(), nova.calls);
        e = assertThrows(CommandException.class, () -> run(parse(new FlavorSet(), "--description", "d", "mini")));
        assertEquals("The --description parameter requires server support for API microversion 2.55", e.getMessage());
    }

    @Test
    void createFailuresAfterTheFlavorAreOnlyLogged() throws Exception {
        nova.failing.put("createFlavorExtraSpecs", FakeNova.sdkError(403, "HttpException: 403: no specs"));
        String out = run(parse(new FlavorCreate(), "--private", "--project", "nobody", "--property", "a=b",
                "-f", "value", "-c", "name", "f"));
        assertEquals("f\n", out);
        assertEquals("Failed to add project nobody access to flavor: No project with a name or ID of 'nobody' exists.\n"
                + "Failed to set flavor properties: HttpException: 403: no specs\n", err.toString());
    }

    @Test
    void createErrorIsTheSdksText() {
        nova.failing.put("createFlavor", FakeNova.sdkError(403, "HttpException: 403: Client Error for url: "
                + "http://127.0.0.1:8774/v2.1/flavors, Policy doesn't allow os_compute_api:os-flavor-manage:create to be performed."));
        CommandException e = assertThrows(CommandException.class, () -> run(parse(new FlavorCreate(), "f")));
        assertTrue(e.getMessage().startsWith("HttpException: 403: Client Error for url:"));
    }

    @Test
    void setDoesDescriptionClearSetAndAccessInOrder() throws Exception {
        nova.specs.get(PRIVATE_ID).put("old1", "x");
        nova.specs.get(PRIVATE_ID).put("old2", "y");
        assertEquals("", run(parse(new FlavorSet(), "--description", "new", "--no-property", "--property", "k=v",
                "--project", "demo", "secret")));
        assertEquals(List.of("getFlavor secret", "listFlavors {is_public=None} true",
                "updateFlavorDescription " + PRIVATE_ID + " new",
                "deleteFlavorExtraSpec " + PRIVATE_ID + " old1", "deleteFlavorExtraSpec " + PRIVATE_ID + " old2",
                "createFlavorExtraSpecs " + PRIVATE_ID + " {k=v}",
                "addFlavorAccess " + PRIVATE_ID + " p-demo"), nova.calls);
    }

    @Test
    void setCountsFailuresAndFailsAtTheEnd() {
        nova.failing.put("createFlavorExtraSpecs", FakeNova.sdkError(403, "HttpException: 403: denied"));
        CommandException e = assertThrows(CommandException.class,
                () -> run(parse(new FlavorSet(), "--property", "k=v", "--project", "demo", "mini")));
        assertEquals("Command Failed: One or more of the operations failed", e.getMessage());
        assertEquals("Failed to set flavor properties: HttpException: 403: denied\n"
                + "Failed to set flavor access to project: Cannot set access for a public flavor\n", err.toString());
    }

    @Test
    void unsetRemovesEachKeyAndAccess() {
        nova.specs.get(PRIVATE_ID).put("a", "1");
        CommandException e = assertThrows(CommandException.class,
                () -> run(parse(new FlavorUnset(), "--property", "a", "--property", "nokey", "--project", "demo", PRIVATE_ID)));
        assertEquals("Command Failed: One or more of the operations failed", e.getMessage());
        assertEquals(List.of("getFlavor " + PRIVATE_ID, "deleteFlavorExtraSpec " + PRIVATE_ID + " a",
                "deleteFlavorExtraSpec " + PRIVATE_ID + " nokey", "removeFlavorAccess " + PRIVATE_ID + " p-demo"), nova.calls);
        assertTrue(err.toString().startsWith("Failed to unset flavor property: ResourceNotFound: 404:"), err.toString());
    }

    @Test
    void unsetProjectOnPublicFlavor() {
        CommandException e = assertThrows(CommandException.class, () -> run(parse(new FlavorUnset(), "--project", "demo", "mini")));
        assertEquals("Command Failed: One or more of the operations failed", e.getMessage());
        assertEquals("Failed to remove flavor access from project: Cannot remove access for a public flavor\n", err.toString());
    }

    @Test
    void bulkDeleteReportsEachFailureThenTheCount() {
        CommandException e = assertThrows(CommandException.class,
                () -> run(parse(new FlavorDelete(), "mini", "nope", PRIVATE_ID)));
        assertEquals("1 of 3 flavors failed to delete.", e.getMessage());
        assertEquals("Failed to delete flavor with name or ID 'nope': No Flavor found for nope\n", err.toString());
        assertTrue(nova.calls.contains("deleteFlavor " + PUBLIC_ID));
        assertTrue(nova.calls.contains("deleteFlavor " + PRIVATE_ID));
        assertEquals(List.of(), List.copyOf(nova.flavors.keySet()));
    }

    @Test
    void deleteIgnoresAFlavorGoneMeanwhile() throws Exception {
        nova.failing.put("deleteFlavor", FakeNova.sdkError(404, "ResourceNotFound: 404: gone"));
        assertEquals("", run(parse(new FlavorDelete(), "mini")));
    }

    @Test
    void sdkResourceDefaultsAndTypes() {
        ObjectNode bare = Json.object();
        bare.put("name", "only-name");
        bare.put("ram", 1.0);
        bare.put("os-flavor-access:is_public", 0);
        Map<String, Object> f = FlavorColumns.sdkFlavor(bare);
        assertEquals("only-name", f.get("id"));
        assertEquals(1L, f.get("ram"));
        assertEquals(0L, f.get("disk"));
        assertEquals(0L, f.get("swap"));
        assertEquals(false, f.get("is_public"));
        assertEquals(null, f.get("is_disabled"));
        assertEquals(null, f.get("rxtx_factor"));
        assertEquals(List.of("OS-FLV-DISABLED:disabled", "OS-FLV-EXT-DATA:ephemeral", "description", "disk", "id", "name",
                "os-flavor-access:is_public", "properties", "ram", "rxtx_factor", "swap", "vcpus"),
                FlavorColumns.record(f).fields());
    }
}
