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

import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.session.CommandException;
import dev.jos.session.Microversion;
import picocli.CommandLine;

/** server show, list, delete, start and stop: arguments, requests over fakes, and results. */
class ServerReadCommandsTest {
    static final String ID1 = "aaaaaaaa-0000-0000-0000-000000000001";
    static final String ID2 = "aaaaaaaa-0000-0000-0000-000000000002";

    static String server(String id, String name, String image) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"status\": \"ACTIVE\", \"tenant_id\": \"p\","
                + " \"metadata\": {\"k\": \"v\"}, \"image\": " + image + ", \"flavor\": {\"id\": \"f1\"},"
                + " \"addresses\": {\"zeta\": [{\"addr\": \"10.0.0.9\"}], \"alpha\": [{\"addr\": \"10.1.0.3\"}, {\"addr\": \"fd00::3\"}]},"
                + " \"OS-EXT-STS:power_state\": 4, \"OS-EXT-STS:task_state\": null, \"OS-EXT-AZ:availability_zone\": \"nova\","
                + " \"OS-EXT-SRV-ATTR:host\": \"h1\", \"security_groups\": [{\"name\": \"default\"}, {\"name\": \"web\"}],"
                + " \"os-extended-volumes:volumes_attached\": [{\"id\": \"v1\"}], \"links\": []}";
    }

    private static ServerFakes cloud(String version) {
        ServerFakes f = new ServerFakes();
        ComputeApi c = f.compute;
        when(c.serverMicroversionAtLeast(anyString())).thenAnswer(a -> Microversion.parse(version).atLeast(Microversion.parse(a.getArgument(0))));
        return f;
    }

    private static <T> T parse(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void showFindsByNameAndRendersOscsDetail() throws Exception {
        ServerFakes f = cloud("2.1");
        when(f.compute.getServer("web-1")).thenThrow(ServerFakes.notFound("Instance web-1 could not be found."));
        when(f.compute.listServers(false, Map.of("name", "web-1"))).thenReturn(new ComputeApi.ServerPage(
                List.of(ServerFakes.json("{\"id\": \"" + ID1 + "\", \"name\": \"web-1\"}"),
                        ServerFakes.json("{\"id\": \"" + ID2 + "\", \"name\": \"web-10\"}")), null));
        when(f.compute.getServer(ID1)).thenReturn(ServerFakes.json(server(ID1, "web-1", "\"\"")));
        when(f.compute.novaFlavor("f1")).thenReturn(ServerFakes.json("{\"id\": \"f1\", \"name\": \"mini\"}"));

        String table = ServerFakes.table(parse(new ServerShow(), "web-1").show(f.inv()));
        assertEquals(String.join("\n",
                "+-----------------------------+----------------------------------------+",
                "| Field                       | Value                                  |",
                "+-----------------------------+----------------------------------------+",
                "| OS-EXT-AZ:availability_zone | nova                                   |",
                "| OS-EXT-SRV-ATTR:host        | h1                                     |",
                "| OS-EXT-STS:power_state      | Shutdown                               |",
                "| OS-EXT-STS:task_state       | None                                   |",
                "| addresses                   | alpha=10.1.0.3, fd00::3; zeta=10.0.0.9 |",
                "| flavor                      | mini (f1)                              |",
                "| id                          | " + ID1 + "   |",
                "| image                       | N/A (booted from volume)               |",
                "| name                        | web-1                                  |",
                "| project_id                  | p                                      |",
                "| properties                  | k='v'                                  |",
                "| security_groups             | name='default'                         |",
                "|                             | name='web'                             |",
                "| status                      | ACTIVE                                 |",
                "| volumes_attached            | id='v1'                                |",
                "+-----------------------------+----------------------------------------+", ""), table);
        // the web-10 look-alike is not fetched; the image of a volume-booted server is not looked up
        verify(f.compute, never()).getServer(ID2);
        verify(f.image, never()).getImage(anyString());
    }

    @Test
    void twoServersOfOneNameAreOsclibsDuplicate() {
        ServerFakes f = cloud("2.1");
        when(f.compute.getServer("twin")).thenThrow(ServerFakes.notFound("Instance twin could not be found."));
        when(f.compute.listServers(false, Map.of("name", "twin"))).thenReturn(new ComputeApi.ServerPage(
                List.of(ServerFakes.json("{\"id\": \"" + ID1 + "\", \"name\": \"twin\"}"),
                        ServerFakes.json("{\"id\": \"" + ID2 + "\", \"name\": \"twin\"}")), null));
        when(f.compute.getServer(ID1)).thenReturn(ServerFakes.json(server(ID1, "twin", "\"\"")));
        when(f.compute.getServer(ID2)).thenReturn(ServerFakes.json(server(ID2, "twin", "\"\"")));
        CommandException e = assertThrows(CommandException.class, () -> parse(new ServerShow(), "twin").show(f.inv()));
        assertEquals("More than one server exists with the name 'twin'.", e.getMessage());
    }

    @Test
    void listNamesImagesAndFlavorsFromOneListEach() throws Exception {
        ServerFakes f = cloud("2.1");
        when(f.compute.listServers(true, Map.of())).thenReturn(new ComputeApi.ServerPage(
                List.of(ServerFakes.json(server(ID1, "a", "{\"id\": \"i1\"}")), ServerFakes.json(server(ID2, "b", "\"\""))), null));
        when(f.image.listImages()).thenReturn(List.of(ServerFakes.json("{\"id\": \"i1\", \"name\": \"cirros\"}")));
        when(f.compute.novaFlavors(true, null)).thenReturn(List.of(ServerFakes.json("{\"id\": \"f1\", \"name\": \"mini\"}")));

        var t = parse(new ServerList()).list(f.inv());
        assertEquals(List.of("ID", "Name", "Status", "Networks", "Image", "Flavor"), t.columns());
        assertEquals(String.join("\n",
                "+--------------------------------------+------+--------+----------------------------------------+--------------------------+--------+",
                "| ID                                   | Name | Status | Networks                               | Image                    | Flavor |",
                "+--------------------------------------+------+--------+----------------------------------------+--------------------------+--------+",
                "| " + ID1 + " | a    | ACTIVE | alpha=10.1.0.3, fd00::3; zeta=10.0.0.9 | cirros                   | mini   |",
                "| " + ID2 + " | b    | ACTIVE | alpha=10.1.0.3, fd00::3; zeta=10.0.0.9 | N/A (booted from volume) | mini   |",
                "+--------------------------------------+------+--------+----------------------------------------+--------------------------+--------+", ""),
                ServerFakes.table(t));
    }

    @Test
    void listSendsNovaclientsFiltersAndSkipsLookupsWithN() throws Exception {
        ServerFakes f = cloud("2.1");
        when(f.compute.listServers(any(Boolean.class), any())).thenReturn(new ComputeApi.ServerPage(
                List.of(ServerFakes.json(server(ID1, "a", "{\"id\": \"i1\"}"))), null));
        var t = parse(new ServerList(), "-n", "--name", "a", "--status", "ACTIVE", "--all-projects", "--limit", "5").list(f.inv());
        verify(f.compute).listServers(true, new java.util.TreeMap<>(Map.of("name", "a", "status", "ACTIVE", "all_tenants", "True",
                "limit", "5")));
        verify(f.image, never()).listImages();
        verify(f.compute, never()).novaFlavors(any(Boolean.class), any());
        assertEquals(List.of(ID1, "a", "ACTIVE"), t.rows().get(0).subList(0, 3));
        assertEquals("i1", t.rows().get(0).get(4));
        assertEquals("f1", t.rows().get(0).get(5));
    }

    @Test
    void listLimitMinusOneFollowsEveryPage() throws Exception {
        ServerFakes f = cloud("2.1");
        when(f.compute.listServers(any(Boolean.class), any())).thenReturn(
                new ComputeApi.ServerPage(List.of(ServerFakes.json(server(ID1, "a", "\"\""))), ID1),
                new ComputeApi.ServerPage(List.of(ServerFakes.json(server(ID2, "b", "\"\""))), null));
        var t = parse(new ServerList(), "-n", "--limit", "-1").list(f.inv());
        assertEquals(2, t.rows().size());
        verify(f.compute).listServers(true, Map.of("marker", ID1));
    }

    @Test
    void listRejectsAnUnknownStatusAsArgparse() {
        ServerFakes f = cloud("2.1");
        var e = assertThrows(dev.jos.cli.UsageException.class, () -> parse(new ServerList(), "--status", "running").list(f.inv()));
        assertEquals("argument --status: invalid choice: 'running' (choose from 'ACTIVE', 'BUILD', 'DELETED', 'ERROR', "
                + "'HARD_REBOOT', 'MIGRATING', 'PASSWORD', 'PAUSED', 'REBOOT', 'REBUILD', 'RESCUE', 'RESIZE', 'REVERT_RESIZE', "
                + "'SHELVED', 'SHELVED_OFFLOADED', 'SHUTOFF', 'SOFT_DELETED', 'SUSPENDED', 'VERIFY_RESIZE')", e.getMessage());
    }

    @Test
    void deleteStopsAtTheFirstUnknownServer() {
        ServerFakes f = cloud("2.1");
        when(f.compute.getServer(ID1)).thenReturn(ServerFakes.json(server(ID1, "a", "\"\"")));
        when(f.compute.getServer("nope")).thenThrow(ServerFakes.notFound("Instance nope could not be found."));
        when(f.compute.listServers(false, Map.of("name", "nope"))).thenReturn(new ComputeApi.ServerPage(List.of(), null));
        CommandException e = assertThrows(CommandException.class,
                () -> parse(new ServerDelete(), "nope", ID1).run(f.inv()));
        assertEquals("No server with a name or ID of 'nope' exists.", e.getMessage());
        verify(f.compute, never()).deleteServer(anyString());
    }

    @Test
    void deleteWaitsUntilNovaForgetsTheServer() throws Exception {
        ServerFakes f = cloud("2.1");
        when(f.compute.getServer(ID1)).thenReturn(ServerFakes.json(server(ID1, "a", "\"\"")),
                ServerFakes.json(server(ID1, "a", "\"\"")))
                .thenThrow(ServerFakes.notFound("Instance could not be found."));
        parse(new ServerDelete(), "--wait", ID1).run(f.inv());
        verify(f.compute).deleteServer(ID1);
        assertEquals(List.of(ServerWait.FIRST_PAUSE_MS), f.sleeps);
        assertEquals("", f.out.toString());
    }

    @Test
    void forceDeleteAndAllProjectsFromTheEnvironment() throws Exception {
        ServerFakes f = cloud("2.1");
        f.env.put("ALL_PROJECTS", "yes");
        when(f.compute.getServer("a")).thenThrow(ServerFakes.notFound("Instance a could not be found."));
        when(f.compute.listServers(false, Map.of("name", "a", "all_tenants", "True"))).thenReturn(
                new ComputeApi.ServerPage(List.of(ServerFakes.json("{\"id\": \"" + ID1 + "\", \"name\": \"a\"}")), null));
        when(f.compute.getServer(ID1)).thenReturn(ServerFakes.json(server(ID1, "a", "\"\"")));
        parse(new ServerDelete(), "--force", "a").run(f.inv());
        verify(f.compute).serverAction(ID1, (com.fasterxml.jackson.databind.node.ObjectNode) Json.object().putNull("forceDelete"));
    }

    @Test
    void startAndStopSendNovasActions() throws Exception {
        ServerFakes f = cloud("2.1");
        when(f.compute.getServer(ID1)).thenReturn(ServerFakes.json(server(ID1, "a", "\"\"")));
        parse(new ServerStop(), ID1).run(f.inv());
        parse(new ServerStart(), ID1).run(f.inv());
        verify(f.compute).serverAction(ID1, (com.fasterxml.jackson.databind.node.ObjectNode) Json.object().putNull("os-stop"));
        verify(f.compute).serverAction(ID1, (com.fasterxml.jackson.databind.node.ObjectNode) Json.object().putNull("os-start"));
    }

    @Test
    void pauseAndFriendsGoThroughTheSdksFind() throws Exception {
        ServerFakes f = cloud("2.1");
        when(f.compute.sdkFindServer("a")).thenReturn(ServerFakes.json("{\"id\": \"" + ID1 + "\", \"name\": \"a\"}"));
        parse(new ServerPause(), "a").run(f.inv());
        parse(new ServerUnpause(), "a").run(f.inv());
        parse(new ServerSuspend(), "a").run(f.inv());
        parse(new ServerResume(), "a").run(f.inv());
        for (String action : List.of("pause", "unpause", "suspend", "resume")) {
            verify(f.compute).sdkServerAction(ID1, ServerActions.bare(action));
        }
        verify(f.compute, never()).serverAction(anyString(), any());
        when(f.compute.sdkFindServer("nope")).thenThrow(new CommandException("No Server found for nope"));
        assertEquals("No Server found for nope",
                assertThrows(CommandException.class, () -> parse(new ServerPause(), "nope", "a").run(f.inv())).getMessage());
    }

    @Test
    void lockReasonNeedsMicroversion273() throws Exception {
        ServerFakes f = cloud("2.1");
        CommandException e = assertThrows(CommandException.class, () -> parse(new ServerLock(), "--reason", "r", "a").run(f.inv()));
        assertEquals("--os-compute-api-version 2.73 or greater is required to use the --reason option.", e.getMessage());
        verify(f.compute, never()).getServer(anyString());

        ServerFakes g = cloud("2.73");
        when(g.compute.getServer(ID1)).thenReturn(ServerFakes.json(server(ID1, "a", "\"\"")));
        parse(new ServerLock(), "--reason", "r", ID1).run(g.inv());
        verify(g.compute).serverAction(ID1, ServerFakes.json("{\"lock\": {\"locked_reason\": \"r\"}}"));
        parse(new ServerUnlock(), ID1).run(g.inv());
        verify(g.compute).serverAction(ID1, ServerActions.bare("unlock"));
    }

    @Test
    void rebootHardAndWait() throws Exception {
        ServerFakes f = cloud("2.1");
        when(f.compute.getServer(ID1)).thenReturn(ServerFakes.json(server(ID1, "a", "\"\"").replace("ACTIVE", "HARD_REBOOT")),
                ServerFakes.json(server(ID1, "a", "\"\"")));
        parse(new ServerReboot(), "--hard", "--wait", ID1).run(f.inv());
        verify(f.compute).serverAction(ID1, ServerFakes.json("{\"reboot\": {\"type\": \"HARD\"}}"));
        assertEquals("Complete\n", f.out.toString());
    }

    @Test
    void diagnosticsAreNovasFiguresSorted() throws Exception {
        ServerFakes f = cloud("2.1");
        when(f.compute.getServer(ID1)).thenReturn(ServerFakes.json(server(ID1, "a", "\"\"")));
        when(f.compute.serverDiagnostics(ID1)).thenReturn(ServerFakes.json("{\"memory\": 524288, \"cpu0_time\": 17300000000}"));
        var r = parse(new ServerShow(), "--diagnostics", ID1).show(f.inv());
        assertEquals(List.of("cpu0_time", "memory"), r.fields());
        assertEquals(List.of(17300000000L, 524288L), r.values());
        verify(f.image, never()).getImage(anyString());
    }

    @Test
    void listFiltersNeedTheirMicroversionsAndDropFalsyValues() throws Exception {
        ServerFakes f = cloud("2.1");
        assertEquals("--os-compute-api-version 2.26 or greater is required to support the --tag option",
                assertThrows(CommandException.class, () -> parse(new ServerList(), "--tags", "a").list(f.inv())).getMessage());
        assertEquals("--os-compute-api-version 2.73 or greater is required to support the --unlocked option",
                assertThrows(CommandException.class, () -> parse(new ServerList(), "--unlocked").list(f.inv())).getMessage());
        assertEquals("argument --progress: Must be between 0 and 100",
                assertThrows(dev.jos.cli.UsageException.class, () -> parse(new ServerList(), "--progress", "0").list(f.inv())).getMessage());

        ServerFakes g = cloud("2.73");
        when(g.compute.listServers(any(Boolean.class), any())).thenReturn(new ComputeApi.ServerPage(List.of(), null));
        parse(new ServerList(), "--power-state", "pending", "--vm-state", "active", "--tags", "a", "--tags", "b", "--locked",
                "--progress", "50", "--config-drive").list(g.inv());
        verify(g.compute).listServers(true, new java.util.TreeMap<>(Map.of("vm_state", "active", "tags", "a,b", "locked", "True",
                "progress", "50", "config_drive", "True")));
    }

    @Test
    void extraColumnsForSomeColumnNames() throws Exception {
        ServerFakes f = cloud("2.1");
        when(f.compute.listServers(any(Boolean.class), any())).thenReturn(new ComputeApi.ServerPage(
                List.of(ServerFakes.json(server(ID1, "a", "{\"id\": \"i1\"}"))), null));
        ServerList list = parse(new ServerList(), "-n", "-c", "Name", "-c", "Project ID", "-c", "Security Groups", "-c", "Properties",
                "-c", "power_state");
        var t = list.list(f.inv());
        assertEquals(List.of("ID", "Name", "Status", "Networks", "Image", "Flavor", "Project ID", "Security Groups", "Properties",
                "Power State"), t.columns());
        List<Object> row = t.rows().get(0);
        assertEquals("p", row.get(6));
        assertEquals(new dev.jos.output.ListColumn(List.of("default", "web")), row.get(7));
        // OSC's formatter is keyed by 'metadata', the column is 'Metadata': the dict as it is
        assertEquals(Map.of("k", "v"), row.get(8));
        assertEquals(new PowerStateColumn(4L), row.get(9));
    }

    @Test
    void allDigitNamesAreFetchedTwiceOnlyWithoutKeywords() {
        ServerFakes f = cloud("2.1");
        when(f.compute.getServer("123")).thenThrow(ServerFakes.notFound("Instance 123 could not be found."));
        when(f.compute.listServers(any(Boolean.class), any())).thenReturn(new ComputeApi.ServerPage(List.of(), null));
        assertThrows(CommandException.class, () -> parse(new ServerShow(), "123").show(f.inv()));
        verify(f.compute, org.mockito.Mockito.times(2)).getServer("123");

        ServerFakes g = cloud("2.1");
        when(g.compute.getServer("123")).thenThrow(ServerFakes.notFound("Instance 123 could not be found."));
        when(g.compute.listServers(any(Boolean.class), any())).thenReturn(new ComputeApi.ServerPage(List.of(), null));
        // delete passes all_tenants to find_resource: the integer get fails on it before any request
        assertThrows(CommandException.class, () -> parse(new ServerDelete(), "123").run(g.inv()));
        verify(g.compute, org.mockito.Mockito.times(1)).getServer("123");
    }

    @Test
    void resizeLooksTheFlavorUpAndWaitsForVerifyResize() throws Exception {
        ServerFakes f = cloud("2.1");
        when(f.compute.getServer(ID1)).thenReturn(ServerFakes.json(server(ID1, "a", "\"\"")),
                ServerFakes.json(server(ID1, "a", "\"\"").replace("ACTIVE", "RESIZE")),
                ServerFakes.json(server(ID1, "a", "\"\"").replace("ACTIVE", "VERIFY_RESIZE")));
        when(f.compute.novaFlavor("big")).thenReturn(ServerFakes.json("{\"id\": \"f2\", \"name\": \"big\"}"));
        parse(new ServerResize(), "--flavor", "big", "--wait", ID1).run(f.inv());
        verify(f.compute).serverAction(ID1, ServerFakes.json("{\"resize\": {\"flavorRef\": \"f2\"}}"));
        assertEquals("Complete\n", f.out.toString());

        when(f.compute.getServer(ID2)).thenReturn(ServerFakes.json(server(ID2, "b", "\"\"")));
        parse(new ServerResizeConfirm(), ID2).run(f.inv());
        parse(new ServerResizeRevert(), ID2).run(f.inv());
        parse(new ServerResize(), "--revert", ID2).run(f.inv());
        verify(f.compute).serverAction(ID2, ServerActions.bare("confirmResize"));
        verify(f.compute, org.mockito.Mockito.times(2)).serverAction(ID2, ServerActions.bare("revertResize"));
        assertEquals("The --revert option has been deprecated. Please use the 'openstack server resize revert' command instead.\n",
                f.err.toString());
    }

    @Test
    void setSendsNovaclientsRequestsInOscsOrder() throws Exception {
        ServerFakes f = cloud("2.90");
        when(f.compute.getServer(ID1)).thenReturn(ServerFakes.json(server(ID1, "a", "\"\"")));
        parse(new ServerSet(), "--name", "b", "--description", "d", "--property", "k=v", "--state", "error", "--password", "pw",
                "--tag", "t", ID1).run(f.inv());
        org.mockito.InOrder order = org.mockito.Mockito.inOrder(f.compute);
        order.verify(f.compute).updateServer(ID1, ServerFakes.json("{\"server\": {\"name\": \"b\", \"description\": \"d\"}}"));
        order.verify(f.compute).setServerMetadata(ID1, Map.of("k", "v"));
        order.verify(f.compute).serverAction(ID1, ServerFakes.json("{\"os-resetState\": {\"state\": \"error\"}}"));
        order.verify(f.compute).serverAction(ID1, ServerFakes.json("{\"changePassword\": {\"adminPass\": \"pw\"}}"));
        order.verify(f.compute).addServerTag(ID1, "t");

        ServerFakes g = cloud("2.1");
        when(g.compute.getServer(ID1)).thenReturn(ServerFakes.json(server(ID1, "a", "\"\"")));
        assertEquals("--os-compute-api-version 2.19 or greater is required to support the --description option",
                assertThrows(CommandException.class, () -> parse(new ServerSet(), "--description", "d", ID1).run(g.inv())).getMessage());
        verify(g.compute, never()).updateServer(anyString(), any());
    }

    @Test
    void unsetDeletesEachKeyThenTheDescriptionThenTags() throws Exception {
        ServerFakes f = cloud("2.26");
        when(f.compute.getServer(ID1)).thenReturn(ServerFakes.json(server(ID1, "a", "\"\"")));
        parse(new ServerUnset(), "--property", "k", "--property", "l", "--description", "--tag", "t", ID1).run(f.inv());
        org.mockito.InOrder order = org.mockito.Mockito.inOrder(f.compute);
        order.verify(f.compute).deleteServerMetadata(ID1, "k");
        order.verify(f.compute).deleteServerMetadata(ID1, "l");
        order.verify(f.compute).updateServer(ID1, ServerFakes.json("{\"server\": {\"description\": null}}"));
        order.verify(f.compute).deleteServerTag(ID1, "t");

        ServerFakes g = cloud("2.1");
        when(g.compute.getServer(ID1)).thenReturn(ServerFakes.json(server(ID1, "a", "\"\"")));
        assertEquals("Description is not supported for --os-compute-api-version less than 2.19",
                assertThrows(CommandException.class, () -> parse(new ServerUnset(), "--description", ID1).run(g.inv())).getMessage());
    }
}
