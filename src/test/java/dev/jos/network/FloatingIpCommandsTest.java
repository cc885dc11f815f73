package dev.jos.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import dev.jos.compute.server.ServerAddFloatingIp;
import dev.jos.compute.server.ServerRemoveFloatingIp;
import dev.jos.json.Json;
import dev.jos.network.floatingip.FloatingIpCreate;
import dev.jos.network.floatingip.FloatingIpDelete;
import dev.jos.network.floatingip.FloatingIpList;
import dev.jos.network.floatingip.FloatingIpPoolList;
import dev.jos.network.floatingip.FloatingIpSet;
import dev.jos.network.floatingip.FloatingIpShow;
import dev.jos.network.floatingip.FloatingIpUnset;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import dev.jos.session.FakeApis;
import picocli.CommandLine;

/** The floating IP commands (and server add/remove floating ip) parsed, and over a {@link FakeNeutron}; the lab comparison is FloatingIpParityIT. */
class FloatingIpCommandsTest {
    private static final Map<String, String> CLOUD = Map.of("OS_AUTH_URL", "http://127.0.0.1:9/v3",
            "OS_USERNAME", "u", "OS_PASSWORD", "p", "OS_PROJECT_NAME", "p");

    private final FakeNeutron neutron = new FakeNeutron();
    private final ComputeApi compute = mock(ComputeApi.class);
    private final StringWriter err = new StringWriter();

    @TempDir
    Path home;

    FloatingIpCommandsTest() {
        neutron.add(Neutron.NETWORK, "net-1", "public");
        ObjectNode fip = neutron.add(Neutron.FLOATING_IP, "f-1", null);
        fip.remove("name");
        fip.put("floating_ip_address", "203.0.113.5");
        fip.put("floating_network_id", "net-1");
        fip.put("project_id", "p-1");
        fip.put("status", "ACTIVE");
        fip.put("fixed_ip_address", "10.0.0.3");
        fip.put("port_id", "port-1");
        fip.put("revision_number", 2);
        fip.putArray("tags").add("t");
        ObjectNode details = fip.putObject("port_details");
        details.put("status", "DOWN");
        details.put("name", "");
        details.put("admin_state_up", true);
    }

    private static <T extends JosCommand> T parse(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private String run(JosCommand command) throws Exception {
        CommandResult result = command.run(new Invocation(new FakeApis(null, compute, null, neutron),
                new PrintWriter(err, true), () -> false));
        StringWriter out = new StringWriter();
        Context ctx = new Context(Map.of(), new PrintWriter(out), new PrintWriter(err), InputStream.nullInputStream(),
                home, home, () -> false);
        FormatOptions f = command instanceof ShowCommand s ? s.formatOptions
                : command instanceof ListCommand l ? l.formatOptions : null;
        new dev.jos.cli.ResultPrinter(ctx).print(result, f, null);
        return out.toString();
    }

    private String usageError(String... args) {
        StringWriter e = new StringWriter();
        int rc = Jos.run(args, new Context(CLOUD, new PrintWriter(new StringWriter()), new PrintWriter(e),
                new ByteArrayInputStream(new byte[0]), home, home, () -> false));
        assertEquals(2, rc, e.toString());
        String[] lines = e.toString().strip().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void argparseErrors() {
        assertEquals("jos floating ip create: error: the following arguments are required: <network>",
                usageError("floating", "ip", "create"));
        assertEquals("jos floating ip list: error: argument --status: invalid choice: 'UP' (choose from 'ACTIVE', 'DOWN')",
                usageError("floating", "ip", "list", "--status", "UP"));
        assertEquals("jos floating ip set: error: argument --no-qos-policy: not allowed with argument --qos-policy",
                usageError("floating", "ip", "set", "--qos-policy", "q", "--no-qos-policy", "x"));
        assertEquals("jos server add floating ip: error: the following arguments are required: <ip-address>",
                usageError("server", "add", "floating", "ip", "vm"));
    }

    @Test
    void createFindsTheNetworkThenPostsThenTags() throws Exception {
        String out = run(parse(new FloatingIpCreate(), "--description", "d", "--floating-ip-address", "203.0.113.9",
                "--tag", "b", "--tag", "a", "public", "-f", "json"));
        assertEquals(List.of("POST floatingips {\"floating_network_id\":\"net-1\",\"floating_ip_address\":\"203.0.113.9\","
                + "\"description\":\"d\"}", "PUT floatingips/id-1/tags [a, b]"), neutron.calls);
        assertTrue(out.contains("\"name\": \"203.0.113.9\","), "name is the address: " + out);
        assertTrue(out.contains("\"tags\": [\n    \"a\",\n    \"b\"\n  ],"), out);
        assertEquals("Error while executing command: No Network found for nope",
                assertThrows(CommandException.class, () -> run(parse(new FloatingIpCreate(), "nope"))).getMessage());
    }

    @Test
    void showFindsByAddressAndFormatsPortDetails() throws Exception {
        String out = run(parse(new FloatingIpShow(), "203.0.113.5", "-c", "name", "-c", "port_details", "-c", "tags",
                "-c", "revision_number"));
        assertEquals(String.join("\n",
                "+-----------------+-----------------------------------------------+",
                "| Field           | Value                                         |",
                "+-----------------+-----------------------------------------------+",
                "| name            | 203.0.113.5                                   |",
                "| port_details    | admin_state_up='True', name='', status='DOWN' |",
                "| revision_number | 2                                             |",
                "| tags            | ['t']                                         |",
                "+-----------------+-----------------------------------------------+", ""), out);
        assertEquals("Error while executing command: No FloatingIP found for 10.0.0.3",
                assertThrows(CommandException.class, () -> run(parse(new FloatingIpShow(), "10.0.0.3"))).getMessage());
    }

    @Test
    void listSendsOscsFiltersAndLongColumns() throws Exception {
        String out = run(parse(new FloatingIpList(), "--network", "public", "--status", "ACTIVE", "--tags", "t",
                "--long", "-f", "csv"));
        assertEquals(List.of("GET floatingips {floating_network_id=net-1, status=ACTIVE, tags=t}"), neutron.calls);
        assertEquals("\"ID\",\"Floating IP Address\",\"Fixed IP Address\",\"Port\",\"Floating Network\",\"Project\","
                + "\"Router\",\"Status\",\"Description\",\"Tags\",\"DNS Name\",\"DNS Domain\"\n"
                + "\"f-1\",\"203.0.113.5\",\"10.0.0.3\",\"port-1\",\"net-1\",\"p-1\",\"\",\"ACTIVE\",\"\",\"['t']\",\"\",\"\"\n", out);
    }

    @Test
    void setAndUnsetSendOnlyWhatWasGiven() throws Exception {
        run(parse(new FloatingIpSet(), "--description", "x", "--no-qos-policy", "--tag", "u", "f-1"));
        assertEquals(List.of("PUT floatingips/f-1 {\"description\":\"x\",\"qos_policy_id\":null}",
                "PUT floatingips/f-1/tags [t, u]"), neutron.calls);
        neutron.calls.clear();
        run(parse(new FloatingIpUnset(), "--port", "--all-tag", "203.0.113.5"));
        assertEquals(List.of("PUT floatingips/f-1 {\"port_id\":null}", "PUT floatingips/f-1/tags []"),
                neutron.calls);
        neutron.calls.clear();
        run(parse(new FloatingIpSet(), "--description", "", "f-1"));
        assertEquals(List.of(), neutron.calls, "an empty description is not sent, as OSC tests it for truth");
    }

    @Test
    void deleteGoesOnAndCounts() {
        CommandException e = assertThrows(CommandException.class,
                () -> run(parse(new FloatingIpDelete(), "1.2.3.4", "203.0.113.5")));
        assertEquals("1 of 2 floating_ips failed to delete.", e.getMessage());
        assertTrue(neutron.calls.contains("DELETE floatingips/f-1"), neutron.calls.toString());
        assertTrue(err.toString().contains("Failed to delete floating_ip with name or ID '1.2.3.4': No FloatingIP found for 1.2.3.4"),
                err.toString());
    }

    @Test
    void poolListIsNovaNetworksOnly() {
        assertEquals("Floating ip pool operations are only available for Compute v2 network.",
                assertThrows(CommandException.class, () -> run(new FloatingIpPoolList())).getMessage());
    }

    private void server(String id, String name) {
        ObjectNode s = Json.object();
        s.put("id", id);
        s.put("name", name);
        when(compute.getServer(id)).thenReturn(s);
        when(compute.getServer(name)).thenThrow(new ApiException(404, "no", null));
    }

    private static ObjectNode port(String id, String ip) {
        ObjectNode p = Json.object();
        p.put("id", id);
        p.putArray("fixed_ips").addObject().put("ip_address", ip);
        return p;
    }

    @Test
    void addFloatingIpTriesEachPortUntilOneIsRouted() throws Exception {
        server("s-1", "vm");
        neutron.ports.put("s-1", List.of(port("port-a", "10.0.0.7"), port("port-b", "10.0.1.7")));
        neutron.unroutedPorts.add("port-a");
        run(parse(new ServerAddFloatingIp(), "s-1", "203.0.113.5"));
        assertEquals(List.of("GET ports {device_id=s-1}", "PUT floatingips/f-1 {\"port_id\":\"port-a\"}",
                "PUT floatingips/f-1 {\"port_id\":\"port-b\"}"), neutron.calls);
        neutron.calls.clear();
        run(parse(new ServerAddFloatingIp(), "--fixed-ip-address", "10.0.1.7", "s-1", "f-1"));
        assertEquals(List.of("GET ports {device_id=s-1}", "PUT floatingips/f-1 {\"fixed_ip_address\":\"10.0.1.7\"}"),
                neutron.calls, "the SDK sends only what changes: the port is port-b already");
        assertEquals("No port found for fixed IP address 10.9.9.9", assertThrows(CommandException.class,
                () -> run(parse(new ServerAddFloatingIp(), "--fixed-ip-address", "10.9.9.9", "s-1", "f-1"))).getMessage());
        neutron.unroutedPorts.add("port-b");
        ApiException last = assertThrows(ApiException.class, () -> run(parse(new ServerAddFloatingIp(), "s-1", "f-1")));
        assertTrue(last.getMessage().startsWith("ResourceNotFound: 404: Client Error for url: "), last.getMessage());
    }

    @Test
    void addFloatingIpNeedsAPortAndAFloatingIp() {
        server("s-2", "bare");
        assertEquals("No attached ports found to associate floating IP with", assertThrows(CommandException.class,
                () -> run(parse(new ServerAddFloatingIp(), "s-2", "f-1"))).getMessage());
        assertEquals("No FloatingIP found for 9.9.9.9", assertThrows(CommandException.class,
                () -> run(parse(new ServerAddFloatingIp(), "s-2", "9.9.9.9"))).getMessage());
    }

    @Test
    void removeFloatingIpClearsThePortWithoutTheServer() throws Exception {
        run(parse(new ServerRemoveFloatingIp(), "any-server", "203.0.113.5"));
        assertEquals(List.of("PUT floatingips/f-1 {\"port_id\":null}"), neutron.calls);
        neutron.calls.clear();
        run(parse(new ServerRemoveFloatingIp(), "any-server", "203.0.113.5"));
        assertEquals(List.of(), neutron.calls, "no port: nothing to change, no request");
    }
}
