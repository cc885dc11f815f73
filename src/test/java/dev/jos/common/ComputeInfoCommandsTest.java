package dev.jos.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
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
import dev.jos.compute.hypervisor.HypervisorList;
import dev.jos.compute.hypervisor.HypervisorShow;
import dev.jos.compute.service.ComputeServiceList;
import dev.jos.json.Json;
import dev.jos.network.FakeNeutron;
import dev.jos.network.Neutron;
import dev.jos.network.agent.NetworkAgentList;
import dev.jos.network.agent.NetworkAgentShow;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import dev.jos.session.FakeApis;
import picocli.CommandLine;

/**
 * What the cloud is made of: network agents, availability zones, limits, compute services and
 * hypervisors, parsed and over fakes (a mocked nova, a {@link FakeNeutron}); the lab comparison is
 * ComputeInfoParityIT.
 */
class ComputeInfoCommandsTest {
    private static final Map<String, String> CLOUD = Map.of("OS_AUTH_URL", "http://127.0.0.1:9/v3",
            "OS_USERNAME", "u", "OS_PASSWORD", "p", "OS_PROJECT_NAME", "p");

    private final FakeNeutron neutron = new FakeNeutron();
    private final ComputeApi compute = mock(ComputeApi.class);
    private final dev.jos.identity.IdentityApi identity = mock(dev.jos.identity.IdentityApi.class);
    private final StringWriter err = new StringWriter();

    @TempDir
    Path home;

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) Json.parse(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
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
        assertEquals("jos limits show: error: one of the arguments --absolute --rate is required", usageError("limits", "show"));
        assertEquals("jos limits show: error: argument --rate: not allowed with argument --absolute",
                usageError("limits", "show", "--absolute", "--rate"));
        assertEquals("jos network agent list: error: argument --agent-type: invalid choice: 'ovs' (choose from 'bgp', "
                + "'dhcp', 'open-vswitch', 'linux-bridge', 'ofa', 'l3', 'loadbalancer', 'metering', 'metadata', 'macvtap', "
                + "'nic')", usageError("network", "agent", "list", "--agent-type", "ovs"));
        assertEquals("jos network agent list: error: argument --router: not allowed with argument --network",
                usageError("network", "agent", "list", "--network", "n", "--router", "r"));
        assertEquals("jos hypervisor list: error: argument --limit: invalid int value: 'x'",
                usageError("hypervisor", "list", "--limit", "x"));
    }

    private ObjectNode agent() {
        ObjectNode a = neutron.add(Neutron.AGENT, "a-1", null);
        a.remove("name");
        a.put("agent_type", "Open vSwitch agent");
        a.put("host", "h1");
        a.put("availability_zone", "nova");
        a.put("alive", true);
        a.put("admin_state_up", false);
        a.put("binary", "neutron-openvswitch-agent");
        a.putObject("configurations").put("tunneling_ip", "127.0.0.1").put("l2_population", false);
        return a;
    }

    @Test
    void agentListMapsTheTypeAndFormatsFlags() throws Exception {
        agent();
        String out = run(parse(new NetworkAgentList(), "--agent-type", "open-vswitch", "--host", "h1", "-f", "csv"));
        assertEquals(List.of("GET agents {agent_type=Open vSwitch agent, host=h1}"), neutron.calls);
        assertEquals("\"ID\",\"Agent Type\",\"Host\",\"Availability Zone\",\"Alive\",\"State\",\"Binary\"\n"
                + "\"a-1\",\"Open vSwitch agent\",\"h1\",\"nova\",\"True\",\"False\",\"neutron-openvswitch-agent\"\n", out);
        String table = run(parse(new NetworkAgentList(), "-c", "Alive", "-c", "State"));
        assertTrue(table.contains("| :-)   | DOWN  |"), table);
    }

    @Test
    void agentListOfANetworkAsksForItsDhcpAgents() throws Exception {
        neutron.add(Neutron.NETWORK, "n-1", "net");
        neutron.hosting.put("n-1", List.of(agent()));
        run(parse(new NetworkAgentList(), "--network", "net"));
        assertEquals(List.of("GET networks/n-1/dhcp-agents"), neutron.calls);
    }

    @Test
    void agentShowIsByIdWithTheSdksMessage() throws Exception {
        agent();
        String out = run(parse(new NetworkAgentShow(), "a-1", "-c", "configuration", "-c", "admin_state_up", "-c", "alive"));
        assertTrue(out.contains("| configuration  | {'tunneling_ip': '127.0.0.1', 'l2_population': False} |"), out);
        assertTrue(out.contains("| admin_state_up | DOWN "), out);
        CommandException e = assertThrows(CommandException.class, () -> run(parse(new NetworkAgentShow(), "nope")));
        assertEquals("No Agent found for nope: Client Error for url: http://neutron/v2.0/agents/nope, "
                + "Agent nope could not be found.", e.getMessage());
    }

    @Test
    void availabilityZonesOfNovaAndNeutron() throws Exception {
        when(compute.availabilityZones(true)).thenReturn(List.of(json("{\"zoneName\": \"nova\", \"zoneState\": "
                + "{\"available\": true}, \"hosts\": {\"h1\": {\"nova-compute\": {\"available\": true, \"active\": false, "
                + "\"updated_at\": \"2026-01-01T00:00:00.000000\"}}}}"),
                json("{\"zoneName\": \"x\", \"zoneState\": {\"available\": false}, \"hosts\": null}")));
        neutron.extensions.add("Availability Zone");
        neutron.zones.add(json("{\"name\": \"nova\", \"resource\": \"router\", \"state\": \"unavailable\"}"));
        String out = run(parse(new AvailabilityZoneList(), "--long", "-f", "csv"));
        assertEquals("\"Zone Name\",\"Zone Status\",\"Zone Resource\",\"Host Name\",\"Service Name\",\"Service Status\"\n"
                + "\"nova\",\"available\",\"\",\"h1\",\"nova-compute\",\"disabled :-) 2026-01-01T00:00:00.000000\"\n"
                + "\"x\",\"not available\",\"\",\"\",\"\",\"\"\n"
                + "\"nova\",\"not available\",\"router\",\"\",\"\",\"\"\n", out);
        assertEquals("", err.toString());
    }

    @Test
    void availabilityZonesFallBackToTheSummaryAndWarnForVolumes() throws Exception {
        when(compute.availabilityZones(true)).thenThrow(new ApiException(403, "Policy doesn't allow", null));
        when(compute.availabilityZones(false)).thenReturn(List.of(json("{\"zoneName\": \"nova\", \"zoneState\": "
                + "{\"available\": true}, \"hosts\": null}")));
        String out = run(parse(new AvailabilityZoneList(), "--compute", "--volume", "--network", "-f", "value"));
        assertEquals("nova available\n", out);
        assertEquals("Availability zones list not supported by Block Storage API\n"
                + "Availability zones list not supported by Network API\n", err.toString());
    }

    @Test
    void limitsInNovasOrder() throws Exception {
        when(compute.limits(true, null)).thenReturn(json("{\"rate\": [{\"uri\": \"*\", \"regex\": \".*\", \"limit\": "
                + "[{\"verb\": \"POST\", \"value\": 10, \"remaining\": 2, \"unit\": \"MINUTE\", \"next-available\": "
                + "\"2026-01-01T00:00:00Z\"}]}], \"absolute\": {\"maxTotalInstances\": 10, \"totalRAMUsed\": 1024, "
                + "\"maxImageMeta\": 128}}"));
        assertEquals("maxTotalInstances 10\ntotalRAMUsed 1024\nmaxImageMeta 128\n",
                run(parse(new LimitsShow(), "--absolute", "--reserved", "-f", "value")));
        assertEquals("POST * 10 2 MINUTE 2026-01-01T00:00:00Z\n", run(parse(new LimitsShow(), "--rate", "--reserved", "-f", "value")));
    }

    @Test
    void computeServicesWithForcedDownFrom211() throws Exception {
        when(compute.sdkSupportsMicroversion("2.11")).thenReturn(true);
        when(compute.computeServices(any())).thenReturn(List.of(json("{\"id\": \"u-1\", \"binary\": \"nova-compute\", "
                + "\"host\": \"h1\", \"zone\": \"nova\", \"status\": \"enabled\", \"state\": \"up\", \"updated_at\": "
                + "\"2026-01-01T00:00:00.000000\", \"disabled_reason\": null, \"forced_down\": false}")));
        String out = run(parse(new ComputeServiceList(), "--host", "h1", "--long", "-f", "csv"));
        verify(compute).computeServices(Map.of("host", "h1"));
        assertEquals("\"ID\",\"Binary\",\"Host\",\"Zone\",\"Status\",\"State\",\"Updated At\",\"Disabled Reason\",\"Forced Down\"\n"
                + "\"u-1\",\"nova-compute\",\"h1\",\"nova\",\"enabled\",\"up\",\"2026-01-01T00:00:00.000000\",\"\",False\n", out);
    }

    @Test
    void hypervisorListChecksItsOptions() throws Exception {
        when(compute.serverMicroversionAtLeast("2.33")).thenReturn(false);
        assertEquals("--matching is not compatible with --marker or --limit", assertThrows(CommandException.class,
                () -> run(parse(new HypervisorList(), "--matching", "h", "--limit", "1"))).getMessage());
        assertEquals("--os-compute-api-version 2.33 or greater is required to support the --limit option",
                assertThrows(CommandException.class, () -> run(parse(new HypervisorList(), "--limit", "1"))).getMessage());
        when(compute.searchHypervisors("lab")).thenReturn(List.of(json("{\"id\": 1, \"hypervisor_hostname\": \"lab\", "
                + "\"state\": \"up\", \"status\": \"enabled\"}")));
        assertEquals("1 lab   up\n", run(parse(new HypervisorList(), "--matching", "lab", "-f", "value")));
    }

    @Test
    void hypervisorShowByHostnameWithAggregatesAndCpuInfo() throws Exception {
        ObjectNode h = json("{\"id\": 1, \"hypervisor_hostname\": \"lab\", \"cpu_info\": \"{\\\"arch\\\": \\\"x86_64\\\"}\", "
                + "\"service\": {\"host\": \"lab\", \"id\": 4, \"disabled_reason\": null}, \"vcpus\": 8}");
        when(compute.getHypervisor(any())).thenThrow(new ApiException(404, "not found", null));
        when(compute.hypervisors(Map.of())).thenReturn(List.of(h));
        when(compute.aggregates()).thenReturn(List.of(json("{\"name\": \"agg\", \"hosts\": [\"lab\"]}"),
                json("{\"name\": \"other\", \"hosts\": [\"x\"]}")));
        when(compute.hypervisorUptime("1")).thenReturn(json("{\"uptime\": \" 08:32:11 up 93 days, 18:25, 12 users,  "
                + "load average: 0.20, 0.12, 0.14\"}"));
        String out = run(parse(new HypervisorShow(), "lab", "-f", "yaml"));
        assertEquals(String.join("\n", "aggregates:", "- agg", "cpu_info:", "  arch: x86_64", "host_time: 08:32:11",
                "hypervisor_hostname: lab", "id: 1", "load_average: 0.20, 0.12, 0.14", "service_host: lab", "service_id: 4",
                "uptime: 93 days, 18:25", "users: '12'", "vcpus: 8", ""), out);
        org.mockito.Mockito.doThrow(new ApiException(501, "Not Implemented", null)).when(compute).hypervisorUptime("1");
        org.mockito.Mockito.doReturn(h).when(compute).getHypervisor("1");
        assertTrue(run(parse(new HypervisorShow(), "1", "-c", "cpu_info")).contains("| cpu_info | arch='x86_64' |"));
        assertEquals("No hypervisor with a name or ID of 'nope' exists.",
                assertThrows(CommandException.class, () -> run(parse(new HypervisorShow(), "nope"))).getMessage());
    }

    @Test
    void quotaMergesNovaAndNeutronInOscsWords() throws Exception {
        when(compute.computeQuotas("p-1", false, false)).thenReturn(json("{\"id\": \"p-1\", \"cores\": 20, "
                + "\"floating_ips\": 10, \"fixed_ips\": -1, \"metadata_items\": 128, \"security_groups\": 10}"));
        neutron.quotas.put("p-1", json("{\"floatingip\": 50, \"network\": 100, \"rbac_policy\": 10, "
                + "\"security_group\": 11, \"subnetpool\": -1}"));
        dev.jos.output.Munch location = new dev.jos.output.Munch();
        location.put("cloud", "");
        location.put("zone", null);
        dev.jos.session.ServiceApis apis = new dev.jos.session.ServiceApis() {
            private final FakeApis fakes = new FakeApis(identity, compute, null, neutron);

            public dev.jos.identity.IdentityApi identity() {
                return fakes.identity();
            }

            public ComputeApi compute() {
                return fakes.compute();
            }

            public dev.jos.image.ImageApi image() {
                return fakes.image();
            }

            public dev.jos.network.NetworkApi network() {
                return fakes.network();
            }

            public void requireService(String type) {
            }

            public dev.jos.output.Munch sdkLocation() {
                return location;
            }
        };
        when(identity.get(dev.jos.identity.IdentityKind.PROJECT, "demo")).thenReturn(json("{\"id\": \"p-1\", \"name\": \"demo\"}"));
        QuotaShow show = parse(new QuotaShow(), "demo");
        CommandResult result = show.run(new Invocation(apis, new PrintWriter(err, true), () -> false));
        StringWriter out = new StringWriter();
        new dev.jos.cli.ResultPrinter(new Context(Map.of(), new PrintWriter(out), new PrintWriter(err),
                InputStream.nullInputStream(), home, home, () -> false)).print(result, show.formatOptions, null);
        assertEquals(List.of("GET quotas/p-1"), neutron.calls);
        assertEquals(String.join("\n",
                "+---------------+------------------------------------+",
                "| Field         | Value                              |",
                "+---------------+------------------------------------+",
                "| cores         | 20                                 |",
                "| fixed-ips     | -1                                 |",
                "| floating-ips  | 50                                 |",
                "| location      | Munch({'cloud': '', 'zone': None}) |",
                "| networks      | 100                                |",
                "| project       | p-1                                |",
                "| project_name  | demo                               |",
                "| properties    | 128                                |",
                "| rbac_policies | 10                                 |",
                "| secgroups     | 11                                 |",
                "| subnet_pools  | -1                                 |",
                "+---------------+------------------------------------+", ""), out.toString());
    }
}
