package dev.jos.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.jos.network.network.NetworkCreate;
import dev.jos.network.network.NetworkDelete;
import dev.jos.network.network.NetworkList;
import dev.jos.network.network.NetworkSet;
import dev.jos.network.network.NetworkShow;
import dev.jos.network.network.NetworkUnset;
import dev.jos.network.subnet.SubnetCreate;
import dev.jos.network.subnet.SubnetDelete;
import dev.jos.network.subnet.SubnetList;
import dev.jos.network.subnet.SubnetShow;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import dev.jos.session.FakeApis;
import picocli.CommandLine;

/**
 * The network and subnet commands at two seams: parsing (picocli and Jos's argparse wording)
 * and their work over a {@link FakeNeutron}, asserting the requests and what OSC prints. The
 * lab comparison is NetworkParityIT.
 */
class NetworkCommandsTest {
    private static final Map<String, String> CLOUD = Map.of("OS_AUTH_URL", "http://127.0.0.1:9/v3",
            "OS_USERNAME", "u", "OS_PASSWORD", "p", "OS_PROJECT_NAME", "p");

    private final FakeNeutron neutron = new FakeNeutron();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path home;

    NetworkCommandsTest() {
        ObjectNode net = neutron.add(Neutron.NETWORK, "n-1", "demo-network");
        net.put("admin_state_up", true);
        net.put("router:external", false);
        net.put("mtu", 1450);
        net.put("shared", false);
        net.put("status", "ACTIVE");
        net.putArray("subnets").add("s-2").add("s-1");
        net.putArray("tags").add("b");
        neutron.add(Neutron.NETWORK, "n-2", "twin");
        neutron.add(Neutron.NETWORK, "n-3", "twin");
    }

    private static <T extends JosCommand> T parse(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private String run(JosCommand command) throws Exception {
        CommandResult result = command.run(new Invocation(new FakeApis(null, null, null, neutron),
                new PrintWriter(err, true), () -> false));
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
    void argparseErrors() {
        Cli r = jos("network", "list", "--status", "FOO");
        assertEquals(2, r.rc());
        assertEquals("jos network list: error: argument --status: invalid choice: 'FOO' (choose from 'ACTIVE', 'BUILD', "
                + "'DOWN', 'ERROR')", lastLine(r.err()));
        assertEquals("jos network create: error: argument --no-share: not allowed with argument --share",
                lastLine(jos("network", "create", "--share", "--no-share", "x").err()));
        assertEquals("jos subnet create: error: the following arguments are required: --network",
                lastLine(jos("subnet", "create", "x").err()));
        assertEquals("jos subnet create: error: argument --ip-version: invalid choice: '5' (choose from '4', '6')",
                lastLine(jos("subnet", "create", "--network", "n", "--ip-version", "5", "x").err()));
    }

    @Test
    void parsedDefaults() {
        SubnetCreate c = parse(new SubnetCreate(), "--network", "n", "s");
        assertEquals("auto", c.gatewayForTest());
        NetworkCreate n = parse(new NetworkCreate(), "--tag", "a", "--tag", "b", "x");
        assertEquals(List.of("a", "b"), n.tagsForTest());
    }

    // ---- seam 2: over the fake ----------------------------------------------------------

    @Test
    void createSendsOscsAttributesAndSortedTags() throws Exception {
        String out = run(parse(new NetworkCreate(), "--description", "d", "--mtu", " 1_400", "--external", "--share",
                "--tag", "z", "--tag", "a", "--availability-zone-hint", "nova", "-f", "json", "new-net"));
        assertEquals(List.of("POST networks {\"name\":\"new-net\",\"admin_state_up\":true,\"shared\":true,"
                + "\"availability_zone_hints\":[\"nova\"],\"description\":\"d\",\"mtu\":1400,\"router:external\":true}",
                "PUT networks/id-1/tags [a, z]"), neutron.calls);
        assertTrue(out.contains("\"router:external\": true,"), out);
        assertTrue(out.contains("\"tags\": [\n    \"a\",\n    \"z\"\n  ],"), out);
        assertTrue(out.contains("\"port_security_enabled\": false,"), out);
    }

    @Test
    void createBadMtuIsPythonsValueError() {
        CommandException e = assertThrows(CommandException.class, () -> run(parse(new NetworkCreate(), "--mtu", "abc", "x")));
        assertEquals("invalid literal for int() with base 10: 'abc'", e.getMessage());
        assertTrue(neutron.calls.isEmpty());
    }

    @Test
    void showFormatsAsOsc() throws Exception {
        String out = run(parse(new NetworkShow(), "-c", "admin_state_up", "-c", "router:external", "-c", "subnets",
                "-c", "mtu", "-c", "is_default", "demo-network"));
        assertEquals(String.join("\n",
                "+-----------------+----------+",
                "| Field           | Value    |",
                "+-----------------+----------+",
                "| admin_state_up  | UP       |",
                "| is_default      | None     |",
                "| mtu             | 1450     |",
                "| router:external | Internal |",
                "| subnets         | s-1, s-2 |",
                "+-----------------+----------+", ""), out);
    }

    @Test
    void showErrorsHaveTheShowOnePrefix() {
        assertEquals("Error while executing command: No Network found for nope",
                assertThrows(CommandException.class, () -> run(parse(new NetworkShow(), "nope"))).getMessage());
        assertEquals("More than one Network exists with the name 'twin'.",
                assertThrows(CommandException.class, () -> run(parse(new NetworkShow(), "twin"))).getMessage());
        CommandException wrapped = assertThrows(CommandException.class, () -> ShowErrors.wrap(() -> {
            throw new ApiException(400, "bad", null);
        }));
        assertEquals("Error while executing command: BadRequestException: 400, bad", wrapped.getMessage());
    }

    @Test
    void listSendsFiltersInTheSdksOrder() throws Exception {
        String out = run(parse(new NetworkList(), "--long", "--internal", "--enable", "--status", "ACTIVE", "--name", "x",
                "--tags", "a,b", "--not-any-tags", "c", "-c", "ID", "-c", "State", "-c", "Router Type", "-c", "Subnets",
                "-f", "csv"));
        assertEquals(List.of("GET networks {name=x, status=ACTIVE, admin_state_up=True, router:external=False, "
                + "tags=a,b, not-tags-any=c}"), neutron.calls);
        assertTrue(out.startsWith("\"ID\",\"State\",\"Subnets\",\"Router Type\"\n\"n-1\",\"True\",\"['s-2', 's-1']\",\"False\"\n"),
                out);
    }

    @Test
    void listByAgentListsWhatItHostsAndNothingElse() throws Exception {
        neutron.add(Neutron.AGENT, "a-1", "");
        neutron.hosted.put("a-1", List.of(neutron.objects.get("n-1")));
        String out = run(parse(new NetworkList(), "--agent", "a-1", "--name", "x", "--project", "p", "-f", "csv"));
        assertEquals(List.of("GET agents/a-1", "GET agents/a-1/dhcp-networks"), neutron.calls);
        assertEquals("\"ID\",\"Name\",\"Subnets\"\n\"n-1\",\"demo-network\",\"['s-2', 's-1']\"\n", out);
        // an unknown agent: the SDK's words
        assertEquals("No Agent found for nope: Client Error for url: http://neutron/v2.0/agents/nope, Agent nope could not be found.",
                assertThrows(CommandException.class, () -> run(parse(new NetworkList(), "--agent", "nope")))
                        .getMessage());
        // --long wins: the usual listing
        neutron.calls.clear();
        run(parse(new NetworkList(), "--agent", "a-1", "--long"));
        assertEquals(List.of("GET networks {}"), neutron.calls);
    }

    @Test
    void deleteKeepsGoingAndCounts() {
        CommandException e = assertThrows(CommandException.class,
                () -> run(parse(new NetworkDelete(), "nope", "demo-network", "twin")));
        assertEquals("2 of 3 networks failed to delete.", e.getMessage());
        assertEquals(List.of("DELETE networks/n-1"), neutron.calls);
        assertTrue(err.toString().contains("Failed to delete network with name or ID 'nope': No Network found for nope"));
        assertTrue(err.toString().contains("Failed to delete network with name or ID 'twin': More than one Network exists"));
    }

    @Test
    void setSendsOnlyWhatChangedAndUnsetTags() throws Exception {
        run(parse(new NetworkSet(), "--name", "renamed", "--disable", "--no-share", "--tag", "c", "demo-network"));
        run(parse(new NetworkSet(), "n-1"));
        run(parse(new NetworkUnset(), "--tag", "b", "renamed"));
        run(parse(new NetworkUnset(), "--tag", "nothing", "renamed"));
        assertEquals(List.of("PUT networks/n-1 {\"name\":\"renamed\",\"admin_state_up\":false,\"shared\":false}",
                "PUT networks/n-1/tags [b, c]", "PUT networks/n-1/tags [c]"), neutron.calls);
    }

    @Test
    void courseSubnetCreate() throws Exception {
        String out = run(parse(new SubnetCreate(), "--network", "demo-network", "--subnet-range", "172.17.0.0/24",
                "--gateway", "172.17.0.1", "--dhcp", "--dns-nameserver", "8.8.8.8", "--allocation-pool",
                "start=172.17.0.2,end=172.17.0.254", "--host-route", "destination=10.0.0.0/8,gateway=172.17.0.9",
                "-c", "allocation_pools", "-c", "host_routes", "-c", "enable_dhcp", "-c", "tags", "new-subnet"));
        assertEquals(List.of("POST subnets {\"name\":\"new-subnet\",\"network_id\":\"n-1\",\"cidr\":\"172.17.0.0/24\","
                + "\"ip_version\":4,\"gateway_ip\":\"172.17.0.1\",\"allocation_pools\":[{\"start\":\"172.17.0.2\","
                + "\"end\":\"172.17.0.254\"}],\"enable_dhcp\":true,\"dns_nameservers\":[\"8.8.8.8\"],"
                + "\"host_routes\":[{\"destination\":\"10.0.0.0/8\",\"nexthop\":\"172.17.0.9\"}]}"), neutron.calls);
        assertTrue(out.contains("| allocation_pools | 172.17.0.2-172.17.0.254 "), out);
        assertTrue(out.contains("| host_routes      | destination='10.0.0.0/8', gateway='172.17.0.9' |"), out);
        assertTrue(out.matches("(?s).*\\| tags +\\| +\\|.*"), out);
    }

    @Test
    void subnetBadInput() {
        CommandException pool = assertThrows(CommandException.class, () -> run(parse(new SubnetCreate(), "--network",
                "demo-network", "--allocation-pool", "start=1", "s")));
        assertEquals("Missing required keys end.\nRequired keys are: start, end", pool.getMessage());
        assertEquals("Expected comma separated 'key=value' pairs, but got: foo", assertThrows(CommandException.class,
                () -> run(parse(new SubnetCreate(), "--network", "n-1", "--allocation-pool", "foo", "s"))).getMessage());
        assertEquals("No Network found for nope", assertThrows(CommandException.class,
                () -> run(parse(new SubnetCreate(), "--network", "nope", "s"))).getMessage());
        assertEquals("No Subnet found for nope", assertThrows(CommandException.class,
                () -> run(parse(new SubnetShow(), "nope"))).getMessage());
        assertTrue(neutron.calls.isEmpty());
    }

    @Test
    void subnetListAndDelete() throws Exception {
        ObjectNode s = neutron.add(Neutron.SUBNET, "s-1", "sub");
        s.put("network_id", "n-1");
        s.put("cidr", "10.0.0.0/24");
        s.put("enable_dhcp", true);
        s.putArray("allocation_pools").addObject().put("start", "10.0.0.2").put("end", "10.0.0.9");
        s.putArray("host_routes").addObject().put("destination", "0.0.0.0/0").put("nexthop", "10.0.0.1");
        String out = run(parse(new SubnetList(), "--long", "--network", "demo-network", "--dhcp", "-f", "value",
                "-c", "ID", "-c", "Allocation Pools", "-c", "Host Routes", "-c", "DHCP"));
        assertEquals(List.of("GET subnets {network_id=n-1, enable_dhcp=True}"), neutron.calls);
        assertEquals("s-1 True [{'start': '10.0.0.2', 'end': '10.0.0.9'}] [{'destination': '0.0.0.0/0', 'nexthop': '10.0.0.1'}]\n",
                out);
        String table = run(parse(new SubnetList(), "--long", "-c", "Host Routes"));
        assertTrue(table.contains("| destination='0.0.0.0/0', gateway='10.0.0.1' |"), table);
        run(parse(new SubnetDelete(), "sub"));
        assertTrue(neutron.calls.contains("DELETE subnets/s-1"));
    }
}
