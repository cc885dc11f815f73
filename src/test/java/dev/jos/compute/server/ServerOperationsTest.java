package dev.jos.compute.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.jos.cli.CommandResult;
import dev.jos.compute.ComputeApi;
import dev.jos.compute.console.ConsoleLogShow;
import dev.jos.compute.console.ConsoleUrlShow;
import dev.jos.json.Json;
import dev.jos.output.Record;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import dev.jos.session.Microversion;
import dev.jos.session.SdkFind;
import picocli.CommandLine;

/** rescue, shelve, migrate, rebuild, add/remove, image create, events and consoles: requests over fakes and results. */
class ServerOperationsTest {
    static final String ID1 = ServerReadCommandsTest.ID1;

    /** A cloud whose novaclient calls use {@code nova} and whose SDK calls may use up to {@code sdk}. */
    private static ServerFakes cloud(String nova, String sdk) {
        ServerFakes f = new ServerFakes();
        ComputeApi c = f.compute;
        when(c.serverMicroversionAtLeast(anyString())).thenAnswer(a -> Microversion.parse(nova).atLeast(Microversion.parse(a.getArgument(0))));
        when(c.sdkSupports(anyString())).thenAnswer(a -> Microversion.parse(sdk).atLeast(Microversion.parse(a.getArgument(0))));
        when(c.getServer(ID1)).thenReturn(ServerFakes.json(ServerReadCommandsTest.server(ID1, "a", "{\"id\": \"i1\"}")));
        when(c.sdkFindServer("a")).thenReturn(ServerFakes.json("{\"id\": \"" + ID1 + "\", \"name\": \"a\"}"));
        return f;
    }

    private static <T> T parse(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void rescueForgivesAnUnknownImageAsTheSdksFindDoes() throws Exception {
        ServerFakes f = cloud("2.1", "2.93");
        when(f.image.findImage("nope")).thenThrow(SdkFind.notFound("Image", "nope"));
        parse(new ServerRescue(), "--image", "nope", ID1).run(f.inv());
        verify(f.compute).serverActionReply(ID1, ServerActions.bare("rescue"));
        when(f.image.findImage("img")).thenReturn(ServerFakes.json("{\"id\": \"i2\"}"));
        parse(new ServerRescue(), "--image", "img", "--password", "pw", ID1).run(f.inv());
        verify(f.compute).serverActionReply(ID1, ServerFakes.json("{\"rescue\": {\"adminPass\": \"pw\", \"rescue_image_ref\": \"i2\"}}"));
        parse(new ServerUnrescue(), ID1).run(f.inv());
        verify(f.compute).serverAction(ID1, ServerActions.bare("unrescue"));
    }

    @Test
    void shelveSkipsShelvedServersAndOffloadsWaiting() throws Exception {
        ServerFakes f = cloud("2.1", "2.93");
        String active = ServerReadCommandsTest.server(ID1, "a", "\"\"");
        when(f.compute.getServer(ID1)).thenReturn(ServerFakes.json(active), ServerFakes.json(active.replace("ACTIVE", "SHELVED")),
                ServerFakes.json(active.replace("ACTIVE", "SHELVED")), ServerFakes.json(active.replace("ACTIVE", "SHELVED_OFFLOADED")));
        parse(new ServerShelve(), "--offload", "--wait", ID1).run(f.inv());
        verify(f.compute).serverAction(ID1, ServerActions.bare("shelve"));
        verify(f.compute).serverAction(ID1, ServerActions.bare("shelveOffload"));

        ServerFakes g = cloud("2.1", "2.93");
        parse(new ServerUnshelve(), ID1).run(g.inv());
        verify(g.compute, never()).serverAction(anyString(), any());
        assertEquals("--os-compute-api-version 2.77 or greater is required to support the --availability-zone option",
                assertThrows(CommandException.class, () -> parse(new ServerUnshelve(), "--availability-zone", "az", ID1).run(g.inv())).getMessage());
    }

    @Test
    void unshelveWaitsAndEndsInErrorWithExitOne() throws Exception {
        ServerFakes f = cloud("2.77", "2.93");
        String s = ServerReadCommandsTest.server(ID1, "a", "\"\"");
        when(f.compute.getServer(ID1)).thenReturn(ServerFakes.json(s.replace("ACTIVE", "SHELVED_OFFLOADED")),
                ServerFakes.json(s.replace("ACTIVE", "ERROR")));
        CommandException e = assertThrows(CommandException.class,
                () -> parse(new ServerUnshelve(), "--availability-zone", "az", "--wait", ID1).run(f.inv()));
        assertEquals("Error unshelving server " + ID1, e.getMessage());
        verify(f.compute).serverAction(ID1, ServerFakes.json("{\"unshelve\": {\"availability_zone\": \"az\"}}"));
        assertEquals("Error unshelving server: " + ID1 + "\n", f.out.toString());
    }

    @Test
    void migrateColdAndLiveBodiesFollowTheMicroversion() throws Exception {
        ServerFakes f = cloud("2.1", "2.93");
        parse(new ServerMigrate(), ID1).run(f.inv());
        verify(f.compute).serverAction(ID1, ServerActions.bare("migrate"));
        parse(new ServerMigrate(), "--live-migration", ID1).run(f.inv());
        verify(f.compute).serverAction(ID1,
                ServerFakes.json("{\"os-migrateLive\": {\"host\": null, \"block_migration\": false, \"disk_over_commit\": false}}"));
        assertEquals("--os-compute-api-version 2.30 or greater is required when using --host",
                assertThrows(CommandException.class, () -> parse(new ServerMigrate(), "--live-migration", "--host", "h", ID1).run(f.inv()))
                        .getMessage());
        assertEquals("--live-migration must be specified if --block-migration or --disk-overcommit is specified",
                assertThrows(CommandException.class, () -> parse(new ServerMigrate(), "--block-migration", ID1).run(f.inv())).getMessage());
        assertEquals("--os-compute-api-version 2.56 or greater is required to use --host without --live-migration.",
                assertThrows(CommandException.class, () -> parse(new ServerMigrate(), "--host", "h", ID1).run(f.inv())).getMessage());

        ServerFakes g = cloud("2.56", "2.93");
        parse(new ServerMigrate(), "--live-migration", "--disk-overcommit", ID1).run(g.inv());
        verify(g.compute).serverAction(ID1, ServerFakes.json("{\"os-migrateLive\": {\"host\": null, \"block_migration\": \"auto\"}}"));
        assertEquals("The --disk-overcommit and --no-disk-overcommit options are only supported by --os-compute-api-version 2.24 or below;"
                + " this will be an error in a future release\n", g.err.toString());
        parse(new ServerMigrate(), "--host", "h", ID1).run(g.inv());
        verify(g.compute).serverAction(ID1, ServerFakes.json("{\"migrate\": {\"host\": \"h\"}}"));
        parse(new ServerMigrateConfirm(), ID1).run(g.inv());
        verify(g.compute).serverAction(ID1, ServerActions.bare("confirmResize"));
        assertEquals(true, g.err.toString().contains("The 'server migrate confirm' command has been deprecated in favour of the"
                + " 'server migration confirm' command."));
    }

    @Test
    void rebuildSendsNovaclientsBodyAndShowsTheReply() throws Exception {
        ServerFakes f = cloud("2.1", "2.93");
        when(f.image.findImage("img")).thenReturn(ServerFakes.json("{\"id\": \"i2\"}"));
        when(f.image.getImage("i2")).thenReturn(ServerFakes.json("{\"id\": \"i2\", \"name\": \"img\"}"));
        when(f.image.getImage("i1")).thenReturn(ServerFakes.json("{\"id\": \"i1\", \"name\": \"old\"}"));
        when(f.compute.novaFlavor("f1")).thenReturn(ServerFakes.json("{\"id\": \"f1\", \"name\": \"mini\"}"));
        String rebuilt = ServerReadCommandsTest.server(ID1, "b", "{\"id\": \"i2\"}").replace("\"links\": []", "\"adminPass\": \"secretpw\"");
        when(f.compute.serverActionReply(anyString(), any())).thenReturn(ServerFakes.json("{\"server\": " + rebuilt + "}"));
        Record r = ((CommandResult.Single) parse(new ServerRebuild(), "--image", "img", "--name", "b", "--property", "k=v", "--password",
                "pw", "--preserve-ephemeral", ID1).run(f.inv())).record();
        verify(f.compute).serverActionReply(ID1, ServerFakes.json("{\"rebuild\": {\"imageRef\": \"i2\", \"adminPass\": \"pw\","
                + " \"preserve_ephemeral\": true, \"name\": \"b\", \"metadata\": {\"k\": \"v\"}}}"));
        String table = ServerFakes.table(r);
        assertEquals(true, table.contains("| adminPass ") && table.contains("| img (i2) "), table);
        assertEquals("--os-compute-api-version 2.19 or greater is required to support the --description option",
                assertThrows(CommandException.class, () -> parse(new ServerRebuild(), "--description", "d", ID1).run(f.inv())).getMessage());
    }

    @Test
    void securityGroupsAreFoundThroughNovasProxyAsOscsComputeApi() throws Exception {
        ServerFakes f = cloud("2.1", "2.93");
        ApiException notFound = ServerFakes.notFound("nope");
        when(f.compute.computeApiGet("/os-security-groups/web")).thenThrow(notFound);
        when(f.compute.computeApiGet("/os-security-groups")).thenReturn(
                Json.parse("{\"security_groups\": [{\"id\": \"g1\", \"name\": \"web\"}, {\"id\": \"g2\", \"name\": \"db\"}]}"));
        parse(new ServerAddSecurityGroup(), ID1, "web").run(f.inv());
        verify(f.compute).serverAction(ID1, ServerFakes.json("{\"addSecurityGroup\": {\"name\": \"g1\"}}"));
        when(f.compute.computeApiGet("/os-security-groups/x")).thenThrow(notFound);
        assertEquals("none found (HTTP 404)",
                assertThrows(CommandException.class, () -> parse(new ServerRemoveSecurityGroup(), ID1, "x").run(f.inv())).getMessage());
        when(f.compute.computeApiGet("/os-security-groups/g2")).thenReturn(Json.parse("{\"security_group\": {\"id\": \"g2\"}}"));
        parse(new ServerRemoveSecurityGroup(), ID1, "g2").run(f.inv());
        verify(f.compute).serverAction(ID1, ServerFakes.json("{\"removeSecurityGroup\": {\"name\": \"g2\"}}"));
    }

    @Test
    void interfacesAreAddedAndRemovedThroughTheSdk() throws Exception {
        ServerFakes f = cloud("2.1", "2.93");
        when(f.network.findNetwork("net")).thenReturn(ServerFakes.json("{\"id\": \"n1\"}"));
        when(f.network.findPort("p")).thenReturn(ServerFakes.json("{\"id\": \"p1\"}"));
        when(f.compute.createServerInterface(anyString(), any())).thenReturn(ServerFakes.json("{\"port_id\": \"p9\", \"net_id\": \"n1\","
                + " \"mac_addr\": \"fa:16:3e:00:00:01\", \"port_state\": \"DOWN\", \"fixed_ips\": [{\"subnet_id\": \"s1\", \"ip_address\": \"10.0.0.5\"}],"
                + " \"tag\": null}"));
        Record r = ((CommandResult.Single) parse(new ServerAddFixedIp(), "--fixed-ip-address", "10.0.0.5", "a", "net").run(f.inv())).record();
        verify(f.compute).createServerInterface(ID1, ServerFakes.json("{\"net_id\": \"n1\", \"fixed_ips\": [{\"ip_address\": \"10.0.0.5\"}]}"));
        assertEquals(List.of("Port ID", "Server ID", "Network ID", "MAC Address", "Port State", "Fixed IPs", "Tag"), r.fields());
        assertEquals(true, ServerFakes.table(r).contains("| Fixed IPs   | ip_address='10.0.0.5', subnet_id='s1' |"), ServerFakes.table(r));
        parse(new ServerAddNetwork(), "--tag", "t", "a", "net").run(f.inv());
        verify(f.compute).createServerInterface(ID1, ServerFakes.json("{\"net_id\": \"n1\", \"tag\": \"t\"}"));
        parse(new ServerAddPort(), "a", "p").run(f.inv());
        verify(f.compute).createServerInterface(ID1, ServerFakes.json("{\"port_id\": \"p1\"}"));
        parse(new ServerRemovePort(), "a", "p").run(f.inv());
        verify(f.compute).deleteServerInterface(ID1, "p1");
        when(f.compute.serverInterfaces(ID1)).thenReturn(List.of(ServerFakes.json("{\"port_id\": \"p7\", \"net_id\": \"n1\"}"),
                ServerFakes.json("{\"port_id\": \"p8\", \"net_id\": \"n2\"}")));
        parse(new ServerRemoveNetwork(), "a", "net").run(f.inv());
        verify(f.compute).deleteServerInterface(ID1, "p7");
        verify(f.compute, never()).deleteServerInterface(ID1, "p8");
        // OSC 6.0's novaclient has no remove_fixed_ip: the server is found, then Python's AttributeError
        assertEquals("remove_fixed_ip",
                assertThrows(CommandException.class, () -> parse(new ServerRemoveFixedIp(), ID1, "10.0.0.5").run(f.inv())).getMessage());
        verify(f.compute).getServer(ID1);

        ServerFakes old = cloud("2.1", "2.43");
        when(old.network.findNetwork("net")).thenReturn(ServerFakes.json("{\"id\": \"n1\"}"));
        when(old.network.findPort("p")).thenReturn(ServerFakes.json("{\"id\": \"p1\"}"));
        assertEquals(List.of(), ((CommandResult.Single) parse(new ServerAddFixedIp(), "a", "net").run(old.inv())).record().fields());
        verify(old.compute).sdkServerAction(ID1, ServerFakes.json("{\"addFixedIp\": {\"networkId\": \"n1\"}}"));
        assertEquals("--os-compute-api-version 2.49 or greater is required to support the --tag option",
                assertThrows(CommandException.class, () -> parse(new ServerAddPort(), "--tag", "t", "a", "p").run(old.inv())).getMessage());
    }

    @Test
    void imageCreateWaitsForGlanceAndShowsTheImage() throws Exception {
        ServerFakes f = cloud("2.1", "2.93");
        when(f.compute.createServerImage(anyString(), any())).thenReturn("i9");
        when(f.image.getImage("i9")).thenReturn(ServerFakes.json("{\"id\": \"i9\", \"status\": \"queued\"}"),
                ServerFakes.json("{\"id\": \"i9\", \"status\": \"active\"}"));
        when(f.image.findImage("i9")).thenReturn(ServerFakes.json("{\"id\": \"i9\", \"name\": \"a\", \"status\": \"active\"}"));
        Record r = ((CommandResult.Single) parse(new ServerImageCreate(), "--property", "k=v", "--wait", "a").run(f.inv())).record();
        verify(f.compute).createServerImage(ID1, ServerFakes.json("{\"createImage\": {\"name\": \"a\", \"metadata\": {\"k\": \"v\"}}}"));
        assertEquals("\n", f.out.toString());
        assertEquals(true, r.fields().contains("status"));
    }

    @Test
    void eventsOfADeletedServerByUuidAndTheirFilters() throws Exception {
        ServerFakes f = cloud("2.1", "2.93");
        String gone = "bbbbbbbb-0000-0000-0000-000000000009";
        when(f.compute.getServer(gone)).thenThrow(ServerFakes.notFound("gone"));
        when(f.compute.listServers(false, Map.of("name", gone))).thenReturn(new ComputeApi.ServerPage(List.of(), null));
        when(f.compute.serverEvents(gone, Map.of())).thenReturn(List.of(ServerFakes.json("{\"request_id\": \"req-1\","
                + " \"instance_uuid\": \"" + gone + "\", \"action\": \"delete\", \"start_time\": \"t\", \"message\": null}")));
        CommandResult.Listing l = (CommandResult.Listing) parse(new ServerEventList(), "--long", gone).run(f.inv());
        assertEquals(List.of("Request ID", "Server ID", "Action", "Start Time", "Message", "Project ID", "User ID"), l.table().columns());
        assertEquals("--os-compute-api-version 2.58 or greater is required to support the --limit option",
                assertThrows(CommandException.class, () -> parse(new ServerEventList(), "--limit", "2", "a").run(f.inv())).getMessage());
        when(f.compute.getServer("nope")).thenThrow(ServerFakes.notFound("nope"));
        when(f.compute.listServers(false, Map.of("name", "nope"))).thenReturn(new ComputeApi.ServerPage(List.of(), null));
        assertEquals("No server with a name or ID of 'nope' exists.",
                assertThrows(CommandException.class, () -> parse(new ServerEventShow(), "nope", "req-1").run(f.inv())).getMessage());
        ServerFakes g = cloud("2.66", "2.93");
        assertEquals("Invalid changes-before value: yesterday", assertThrows(CommandException.class,
                () -> parse(new ServerEventList(), "--changes-before", "yesterday", "a").run(g.inv())).getMessage());
    }

    @Test
    void consoleLogEndsInANewlineAndRefusesNegativeLines() throws Exception {
        ServerFakes f = cloud("2.1", "2.93");
        when(f.compute.sdkServerActionReply(anyString(), any())).thenReturn(ServerFakes.json("{\"output\": \"one\\ntwo\"}"));
        CommandResult.Text t = (CommandResult.Text) parse(new ConsoleLogShow(), "--lines", "2", "a").run(f.inv());
        java.io.StringWriter w = new java.io.StringWriter();
        t.source().writeTo(w);
        assertEquals("one\ntwo\n", w.toString());
        verify(f.compute).sdkServerActionReply(ID1, ServerFakes.json("{\"os-getConsoleOutput\": {\"length\": 2}}"));
        assertEquals("--lines expected a non-negative integer",
                assertThrows(CommandException.class, () -> parse(new ConsoleLogShow(), "--lines", "-1", "a").run(f.inv())).getMessage());

        when(f.compute.createConsole(ID1, "spice-html5")).thenReturn(ServerFakes.json("{\"protocol\": \"spice\", \"type\": \"spice-html5\","
                + " \"url\": \"http://c\"}"));
        Record r = ((CommandResult.Single) parse(new ConsoleUrlShow(), "--spice", "a").run(f.inv())).record();
        assertEquals(List.of("protocol", "type", "url"), r.fields());
    }
}
