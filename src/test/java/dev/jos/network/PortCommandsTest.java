package dev.jos.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.network.port.PortCreate;
import dev.jos.network.port.PortDelete;
import dev.jos.network.port.PortList;
import dev.jos.network.port.PortSet;
import dev.jos.network.port.PortShow;
import dev.jos.network.port.PortUnset;
import dev.jos.session.CommandException;

/**
 * The port commands parsed, and over a {@link FakeNeutron}: the requests OSC 6.0 sends and what
 * it prints; the lab comparison is PortRouterParityIT.
 */
class PortCommandsTest {
    @TempDir
    Path home;

    private NeutronCommandFixture f;
    private FakeNeutron neutron;

    @BeforeEach
    void fakes() {
        f = new NeutronCommandFixture(home);
        neutron = f.neutron;
        neutron.add(Neutron.NETWORK, "n-1", "net");
        neutron.add(Neutron.SUBNET, "s-1", "sub");
        neutron.add(Neutron.SECURITY_GROUP, "g-1", "web");
        neutron.add(Neutron.SECURITY_GROUP, "g-2", "db");
        neutron.add(Neutron.ROUTER, "r-1", "edge");
        ObjectNode p = neutron.add(Neutron.PORT, "p-1", "vm-port");
        p.put("network_id", "n-1");
        p.put("mac_address", "fa:16:3e:00:00:01");
        p.put("status", "DOWN");
        p.put("admin_state_up", true);
        p.put("device_owner", "");
        ObjectNode ip = p.putArray("fixed_ips").addObject();
        ip.put("subnet_id", "s-1");
        ip.put("ip_address", "10.0.0.5");
        p.putArray("security_groups").add("g-1");
        ObjectNode pair = p.putArray("allowed_address_pairs").addObject();
        pair.put("ip_address", "10.9.9.9");
        pair.put("mac_address", "fa:16:3e:00:00:01");
        p.putObject("binding:profile").put("a", "b");
        p.putObject("binding:vif_details");
        p.putArray("tags").add("t");
        neutron.add(Neutron.PORT, "p-2", "twin");
        neutron.add(Neutron.PORT, "p-3", "twin");
    }

    @Test
    void argparseErrors() {
        assertEquals("jos port create: error: the following arguments are required: --network",
                f.usageError("port", "create", "x"));
        assertEquals("jos port create: error: argument --vnic-type: invalid choice: 'foo' (choose from 'direct', "
                + "'direct-physical', 'macvtap', 'normal', 'baremetal', 'virtio-forwarder', 'vdpa', 'remote-managed')",
                f.usageError("port", "create", "--network", "n", "--vnic-type", "foo", "x"));
        assertEquals("jos port create: error: argument --no-fixed-ip: not allowed with argument --fixed-ip",
                f.usageError("port", "create", "--network", "n", "--fixed-ip", "subnet=a", "--no-fixed-ip", "x"));
        assertEquals("jos port list: error: argument --server: not allowed with argument --router",
                f.usageError("port", "list", "--router", "r", "--server", "s"));
        assertEquals("jos port set: error: argument --numa-policy-legacy: not allowed with argument --numa-policy-required",
                f.usageError("port", "set", "--numa-policy-required", "--numa-policy-legacy", "p"));
        assertEquals("jos port set: error: argument --data-plane-status: invalid choice: 'UP' (choose from 'ACTIVE', 'DOWN')",
                f.usageError("port", "set", "--data-plane-status", "UP", "p"));
        assertEquals("jos port unset: error: argument --all-tag: not allowed with argument --tag",
                f.usageError("port", "unset", "--tag", "a", "--all-tag", "p"));
        assertEquals("jos port delete: error: the following arguments are required: <port>", f.usageError("port", "delete"));
    }

    @Test
    void createSendsOscsAttributesThenTags() throws Exception {
        String out = f.run(new PortCreate(), "--network", "net", "--fixed-ip", "ip-address=10.0.0.7,subnet=sub",
                "--fixed-ip", "subnet=", "--binding-profile", "{\"x\": 1}", "--binding-profile", "k=v=w", "--allowed-address",
                "ip-address=1.2.3.4", "--extra-dhcp-option", "name=domain-search,value=a.b,c.d,ip-version=4", "--disable",
                "--security-group", "db", "--security-group", "web", "--device", "", "--host", "h1", "--numa-policy-legacy",
                "--tag", "z", "--tag", "a", "-c", "fixed_ips", "-c", "binding_profile", "-c", "tags", "-c", "admin_state_up",
                "p1");
        assertEquals(List.of("GET extensions/tag-ports-during-bulk-creation",
                "POST ports {\"admin_state_up\":false,\"binding:host_id\":\"h1\",\"name\":\"p1\",\"network_id\":\"n-1\","
                        + "\"numa_affinity_policy\":\"legacy\",\"binding:profile\":{\"x\":1,\"k\":\"v=w\"},"
                        + "\"fixed_ips\":[{\"subnet_id\":\"s-1\",\"ip_address\":\"10.0.0.7\"},{\"subnet\":\"\"}],"
                        + "\"security_groups\":[\"g-2\",\"g-1\"],\"allowed_address_pairs\":[{\"ip_address\":\"1.2.3.4\"}],"
                        + "\"extra_dhcp_opts\":[{\"opt_name\":\"domain-search\",\"opt_value\":\"a.b,c.d\",\"ip_version\":\"4\"}]}",
                "PUT ports/id-1/tags [a, z]"), neutron.calls);
        assertEquals(String.join("\n",
                "+-----------------+----------------------------------------+",
                "| Field           | Value                                  |",
                "+-----------------+----------------------------------------+",
                "| admin_state_up  | DOWN                                   |",
                "| binding_profile | k='v=w', x='1'                         |",
                "| fixed_ips       | ip_address='10.0.0.7', subnet_id='s-1' |",
                "|                 | subnet=''                              |",
                "| tags            | a, z                                   |",
                "+-----------------+----------------------------------------+", ""), out);
    }

    @Test
    void createPutsTagsInThePostWhereNeutronCan() throws Exception {
        neutron.extensions.add("tag-ports-during-bulk-creation");
        f.run(new PortCreate(), "--network", "n-1", "--no-fixed-ip", "--no-security-group", "--tag", "b", "--tag", "b", "p1");
        assertEquals(List.of("GET extensions/tag-ports-during-bulk-creation",
                "POST ports {\"admin_state_up\":true,\"name\":\"p1\",\"network_id\":\"n-1\",\"fixed_ips\":[],"
                        + "\"security_groups\":[],\"tags\":[\"b\"]}"), neutron.calls);
    }

    @Test
    void badStructuredValuesFailBeforeAnyRequest() {
        assertEquals("Expected comma separated 'key=value' pairs, but got: foo",
                assertThrows(CommandException.class, () -> f.run(new PortCreate(), "--network", "net", "--fixed-ip", "foo",
                        "p")).getMessage());
        assertEquals("Invalid keys x specified.\nValid keys are: subnet, ip-address",
                assertThrows(CommandException.class, () -> f.run(new PortSet(), "--fixed-ip", "subnet=a,x=1", "p")).getMessage());
        assertEquals("Missing required keys ip-address.\nRequired keys are: ip-address",
                assertThrows(CommandException.class, () -> f.run(new PortCreate(), "--network", "net", "--allowed-address",
                        "mac-address=a", "p")).getMessage());
        assertEquals("A key=value pair is required: x",
                assertThrows(CommandException.class, () -> f.run(new PortCreate(), "--network", "net", "--extra-dhcp-option",
                        "x", "p")).getMessage());
        assertEquals("Expected '<key>=<value>' or JSON data for option --binding-profile, but encountered JSON parsing "
                + "error: Expecting value: line 1 column 1 (char 0)",
                assertThrows(CommandException.class, () -> f.run(new PortCreate(), "--network", "net", "--binding-profile",
                        "foo", "p")).getMessage());
        assertEquals(List.of(), neutron.calls);
    }

    @Test
    void unknownNamesAreTheSdksMisses() {
        assertEquals("No Network found for nope", assertThrows(CommandException.class,
                () -> f.run(new PortCreate(), "--network", "nope", "p")).getMessage());
        assertEquals("No Subnet found for nope", assertThrows(CommandException.class,
                () -> f.run(new PortCreate(), "--network", "net", "--fixed-ip", "subnet=nope", "p")).getMessage());
        assertEquals("No Port found for nope", assertThrows(CommandException.class,
                () -> f.run(new PortShow(), "nope")).getMessage());
        assertEquals("More than one Port exists with the name 'twin'.", assertThrows(CommandException.class,
                () -> f.run(new PortShow(), "twin")).getMessage());
        assertEquals("No Router found for nope", assertThrows(CommandException.class,
                () -> f.run(new PortList(), "--router", "nope")).getMessage());
    }

    @Test
    void showFormatsAsOsc() throws Exception {
        String out = f.run(new PortShow(), "vm-port", "-c", "allowed_address_pairs", "-c", "binding_profile", "-c",
                "binding_vif_details", "-c", "port_security_enabled", "-c", "security_group_ids", "-c", "dns_assignment");
        assertEquals(String.join("\n",
                "+-----------------------+--------------------------------------------------------+",
                "| Field                 | Value                                                  |",
                "+-----------------------+--------------------------------------------------------+",
                "| allowed_address_pairs | ip_address='10.9.9.9', mac_address='fa:16:3e:00:00:01' |",
                "| binding_profile       | a='b'                                                  |",
                "| binding_vif_details   |                                                        |",
                "| dns_assignment        | None                                                   |",
                "| port_security_enabled | False                                                  |",
                "| security_group_ids    | g-1                                                    |",
                "+-----------------------+--------------------------------------------------------+", ""), out);
        String json = f.run(new PortShow(), "p-1", "-f", "json", "-c", "fixed_ips", "-c", "admin_state_up");
        assertEquals("{\n  \"admin_state_up\": true,\n  \"fixed_ips\": [\n    {\n      \"subnet_id\": \"s-1\",\n"
                + "      \"ip_address\": \"10.0.0.5\"\n    }\n  ]\n}\n", json);
    }

    @Test
    void listSendsTheSdksQueryInItsOrder() throws Exception {
        String out = f.run(new PortList(), "--long", "--network", "net", "--router", "edge", "--fixed-ip",
                "subnet=sub,ip-address=10.0.0.5", "--fixed-ip", "ip-substring=10.", "--device-owner", "", "--host", "h",
                "--mac-address", "m", "--name", "vm-port", "--tags", "a,b", "--not-any-tags", "c", "-f", "csv");
        assertEquals(List.of("GET ports [binding:host_id=h, device_id=r-1, device_owner=, fields=id, fields=name, "
                + "fields=mac_address, fields=fixed_ips, fields=status, fields=security_group_ids, fields=device_owner, "
                + "fields=tags, fixed_ips=subnet_id=s-1, fixed_ips=ip_address=10.0.0.5, fixed_ips=ip_address_substr=10., "
                + "mac_address=m, name=vm-port, network_id=n-1, tags=a,b, not-tags-any=c]"), neutron.calls);
        assertTrue(out.startsWith("\"ID\",\"Name\",\"MAC Address\",\"Fixed IP Addresses\",\"Status\",\"Security Groups\","
                + "\"Device Owner\",\"Tags\"\n\"p-1\",\"vm-port\",\"fa:16:3e:00:00:01\",\"[{'subnet_id': 's-1', "
                + "'ip_address': '10.0.0.5'}]\",\"DOWN\",\"['g-1']\",\"\",\"['t']\"\n"), out);
    }

    @Test
    void listByServerAsksNova() throws Exception {
        ComputeApi compute = mock(ComputeApi.class);
        ObjectNode server = Json.object();
        server.put("id", "srv-1");
        server.put("name", "vm");
        when(compute.getServer("srv-1")).thenReturn(server);
        f.withCompute(compute);
        f.run(new PortList(), "--server", "srv-1");
        assertEquals(List.of("GET ports [device_id=srv-1, fields=id, fields=name, fields=mac_address, fields=fixed_ips, "
                + "fields=status]"), neutron.calls);
    }

    @Test
    void listBySecurityGroupFailsAsOsc60() {
        assertEquals("Invalid query params: security_groups", assertThrows(CommandException.class,
                () -> f.run(new PortList(), "--network", "net", "--security-group", "web")).getMessage());
        assertEquals(List.of(), neutron.calls);
    }

    @Test
    void setAddsToWhatThePortHas() throws Exception {
        f.run(new PortSet(), "--fixed-ip", "subnet=sub", "--security-group", "db", "--allowed-address",
                "ip-address=1.1.1.1,mac-address=m", "--binding-profile", "c=d", "--name", "n2", "--enable",
                "--data-plane-status", "DOWN", "vm-port");
        assertEquals(List.of("PUT ports/p-1 {\"admin_state_up\":true,\"name\":\"n2\",\"binding:profile\":{\"a\":\"b\",\"c\":\"d\"},"
                + "\"fixed_ips\":[{\"subnet_id\":\"s-1\",\"ip_address\":\"10.0.0.5\"},{\"subnet_id\":\"s-1\"}],"
                + "\"security_groups\":[\"g-1\",\"g-2\"],\"allowed_address_pairs\":[{\"ip_address\":\"10.9.9.9\","
                + "\"mac_address\":\"fa:16:3e:00:00:01\"},{\"ip_address\":\"1.1.1.1\",\"mac_address\":\"m\"}],"
                + "\"data_plane_status\":\"DOWN\"}"), neutron.calls);
    }

    @Test
    void setWithNoOptionsOverwrites() throws Exception {
        f.run(new PortSet(), "--no-fixed-ip", "--fixed-ip", "ip-address=10.0.0.9", "--no-security-group",
                "--no-allowed-address", "--no-binding-profile", "--no-tag", "--tag", "x", "vm-port");
        assertEquals(List.of("PUT ports/p-1 {\"binding:profile\":{},\"fixed_ips\":[{\"ip_address\":\"10.0.0.9\"}],"
                + "\"security_groups\":[],\"allowed_address_pairs\":[]}", "PUT ports/p-1/tags [x]"), neutron.calls);
    }

    @Test
    void setWithNothingAskedSendsNothing() throws Exception {
        f.run(new PortSet(), "--tag", "t", "vm-port");
        assertEquals(List.of(), neutron.calls);
    }

    @Test
    void unsetRemovesFromThePortsLists() throws Exception {
        f.run(new PortUnset(), "--fixed-ip", "subnet=sub,ip-address=10.0.0.5", "--security-group", "web",
                "--allowed-address", "ip-address=10.9.9.9,mac-address=fa:16:3e:00:00:01", "--binding-profile", "a",
                "--qos-policy", "--host", "--numa-policy", "--tag", "t", "vm-port");
        assertEquals(List.of("PUT ports/p-1 {\"fixed_ips\":[],\"binding:profile\":{},\"security_groups\":[],"
                + "\"allowed_address_pairs\":[],\"qos_policy_id\":null,\"numa_affinity_policy\":null,"
                + "\"binding:host_id\":null}", "PUT ports/p-1/tags []"), neutron.calls);
    }

    @Test
    void unsetOfWhatThePortLacks() {
        assertEquals("Port does not contain fixed-ip {'ip_address': '10.0.0.5'}", assertThrows(CommandException.class,
                () -> f.run(new PortUnset(), "--fixed-ip", "ip-address=10.0.0.5", "vm-port")).getMessage());
        assertEquals("Port does not contain allowed-address-pair {'ip_address': '10.9.9.9'}",
                assertThrows(CommandException.class, () -> f.run(new PortUnset(), "--allowed-address",
                        "ip-address=10.9.9.9", "vm-port")).getMessage());
        assertEquals("Port does not contain security group db", assertThrows(CommandException.class,
                () -> f.run(new PortUnset(), "--security-group", "db", "vm-port")).getMessage());
        assertEquals("Port does not contain binding-profile zz", assertThrows(CommandException.class,
                () -> f.run(new PortUnset(), "--binding-profile", "zz", "vm-port")).getMessage());
        assertEquals(List.of(), neutron.calls);
    }

    @Test
    void bulkDeleteKeepsGoing() {
        CommandException e = assertThrows(CommandException.class, () -> f.run(new PortDelete(), "nope", "vm-port", "twin"));
        assertEquals("2 of 3 ports failed to delete.", e.getMessage());
        assertEquals(List.of("DELETE ports/p-1"), neutron.calls);
        assertEquals("Failed to delete port with name or ID 'nope': No Port found for nope\n"
                + "Failed to delete port with name or ID 'twin': More than one Port exists with the name 'twin'.\n",
                f.err.toString());
    }
}
