package dev.jos.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.json.Json;
import dev.jos.network.router.RouterAddPort;
import dev.jos.network.router.RouterAddRoute;
import dev.jos.network.router.RouterAddSubnet;
import dev.jos.network.router.RouterCreate;
import dev.jos.network.router.RouterDelete;
import dev.jos.network.router.RouterList;
import dev.jos.network.router.RouterRemovePort;
import dev.jos.network.router.RouterRemoveRoute;
import dev.jos.network.router.RouterRemoveSubnet;
import dev.jos.network.router.RouterSet;
import dev.jos.network.router.RouterShow;
import dev.jos.network.router.RouterUnset;
import dev.jos.session.CommandException;

/**
 * The router commands parsed, and over a {@link FakeNeutron}: the requests OSC 6.0 sends and what
 * it prints; the lab comparison is PortRouterParityIT.
 */
class RouterCommandsTest {
    @TempDir
    Path home;

    private NeutronCommandFixture f;
    private FakeNeutron neutron;

    @BeforeEach
    void fakes() {
        f = new NeutronCommandFixture(home);
        neutron = f.neutron;
        neutron.add(Neutron.NETWORK, "n-ext", "public");
        neutron.add(Neutron.SUBNET, "s-ext", "public-sub");
        neutron.add(Neutron.SUBNET, "s-1", "sub");
        ObjectNode r = neutron.add(Neutron.ROUTER, "r-1", "edge");
        r.put("admin_state_up", true);
        r.put("status", "ACTIVE");
        r.put("project_id", "p-1");
        r.put("tenant_id", "p-1");
        r.put("distributed", false);
        r.put("ha", false);
        r.putNull("external_gateway_info");
        ObjectNode route = r.putArray("routes").addObject();
        route.put("destination", "10.7.0.0/24");
        route.put("nexthop", "10.0.0.5");
        r.putArray("tags").add("t");
        ObjectNode plain = neutron.add(Neutron.ROUTER, "r-2", "plain");
        plain.put("admin_state_up", false);
        ObjectNode gw = plain.putObject("external_gateway_info");
        gw.put("network_id", "n-ext");
        gw.putNull("qos_policy_id");
        ObjectNode iface = neutron.add(Neutron.PORT, "p-1", "");
        iface.put("device_id", "r-1");
        iface.put("device_owner", "network:router_interface");
        ObjectNode ip = iface.putArray("fixed_ips").addObject();
        ip.put("subnet_id", "s-1");
        ip.put("ip_address", "10.0.0.1");
        neutron.add(Neutron.PORT, "p-2", "vm-port");
        neutron.add(Neutron.ROUTER, "r-3", "twin");
        neutron.add(Neutron.ROUTER, "r-4", "twin");
    }

    @Test
    void argparseErrors() {
        assertEquals("jos router create: error: argument --no-ha: not allowed with argument --ha",
                f.usageError("router", "create", "--ha", "--no-ha", "x"));
        assertEquals("jos router set: error: argument --no-qos-policy: not allowed with argument --qos-policy",
                f.usageError("router", "set", "--qos-policy", "q", "--no-qos-policy", "x"));
        assertEquals("jos router add subnet: error: the following arguments are required: <subnet>",
                f.usageError("router", "add", "subnet", "r"));
        assertEquals("jos router list: error: argument --disable: not allowed with argument --enable",
                f.usageError("router", "list", "--enable", "--disable"));
    }

    @Test
    void createSendsTheGatewayThenTags() throws Exception {
        String out = f.run(new RouterCreate(), "--external-gateway", "public", "--fixed-ip", "subnet=public-sub,ip-address=1.2.3.4",
                "--fixed-ip", "ip-address=", "--disable-snat", "--no-ha", "--centralized", "--availability-zone-hint", "nova",
                "--tag", "x", "-c", "external_gateway_info", "-c", "ha", "-c", "admin_state_up", "edge2");
        assertEquals(List.of("POST routers {\"name\":\"edge2\",\"admin_state_up\":true,\"distributed\":false,"
                + "\"availability_zone_hints\":[\"nova\"],\"external_gateway_info\":{\"network_id\":\"n-ext\","
                + "\"enable_snat\":false,\"external_fixed_ips\":[{\"subnet_id\":\"s-ext\",\"ip_address\":\"1.2.3.4\"},"
                + "{\"ip-address\":\"\"}]},\"ha\":false}", "PUT routers/id-1/tags [x]"), neutron.calls);
        assertTrue(out.contains("| external_gateway_info | {\"network_id\": \"n-ext\", \"enable_snat\": false, "
                + "\"external_fixed_ips\": [{\"subnet_id\": \"s-ext\", \"ip_address\": \"1.2.3.4\"}, {\"ip-address\": \"\"}]} |"),
                out);
        assertTrue(out.contains("| ha                    | False"), out);
    }

    @Test
    void listByAgentFiltersItselfAsOscDoes() throws Exception {
        neutron.add(Neutron.AGENT, "a-1", "");
        neutron.hosted.put("a-1", List.of(neutron.objects.get("r-1"), neutron.objects.get("r-2")));
        assertEquals("r-1\nr-2\n", f.run(new RouterList(), "--agent", "a-1", "-f", "value", "-c", "ID"));
        assertEquals(List.of("GET agents/a-1", "GET agents/a-1/l3-routers"), neutron.calls);
        assertEquals("r-2\n", f.run(new RouterList(), "--agent", "a-1", "--disable", "-f", "value", "-c", "ID"));
        assertEquals("r-1\n", f.run(new RouterList(), "--agent", "a-1", "--name", "edge", "-f", "value", "-c", "ID"));
        // OSC compares the SDK's tag list with the joined string: nothing matches
        assertEquals("", f.run(new RouterList(), "--agent", "a-1", "--tags", "t", "-f", "value", "-c", "ID"));
        assertTrue(neutron.calls.stream().noneMatch(c -> c.startsWith("GET routers")), neutron.calls.toString());
    }

    @Test
    void createRefusesSnatWithoutGatewayAfterMakingTheRouter() {
        assertEquals("You must specify '--external-gateway' in order to specify SNAT or fixed-ip values",
                assertThrows(CommandException.class, () -> f.run(new RouterCreate(), "--enable-snat", "r")).getMessage());
        assertEquals(List.of("POST routers {\"name\":\"r\",\"admin_state_up\":true}"), neutron.calls);
    }

    @Test
    void showAddsInterfacesInfo() throws Exception {
        String out = f.run(new RouterShow(), "edge", "-c", "interfaces_info", "-c", "routes", "-c", "external_gateway_info",
                "-c", "distributed", "-c", "tenant_id");
        assertEquals(List.of("GET ports {device_id=r-1}"), neutron.calls.subList(0, 1));
        assertEquals(String.join("\n",
                "+-----------------------+--------------------------------------------------------------------+",
                "| Field                 | Value                                                              |",
                "+-----------------------+--------------------------------------------------------------------+",
                "| distributed           | False                                                              |",
                "| external_gateway_info | null                                                               |",
                "| interfaces_info       | [{\"port_id\": \"p-1\", \"ip_address\": \"10.0.0.1\", \"subnet_id\": \"s-1\"}] |",
                "| routes                | destination='10.7.0.0/24', gateway='10.0.0.5'                      |",
                "| tenant_id             | p-1                                                                |",
                "+-----------------------+--------------------------------------------------------------------+", ""), out);
        // ha and distributed only when neutron tells them
        String plain = f.run(new RouterShow(), "plain", "-f", "value", "-c", "admin_state_up");
        assertEquals("False\n", plain);
        assertTrue(!f.run(new RouterShow(), "plain", "-f", "json").contains("\"ha\""));
    }

    @Test
    void listAddsDistributedAndHaWhenKnown() throws Exception {
        String out = f.run(new RouterList(), "--long", "--enable", "--name", "edge", "--tags", "t", "-f", "csv");
        assertEquals(List.of("GET routers {name=edge, admin_state_up=True, tags=t}",
                "GET extensions/router_availability_zone"), neutron.calls);
        assertTrue(out.startsWith("\"ID\",\"Name\",\"Status\",\"State\",\"Project\",\"Distributed\",\"HA\",\"Routes\","
                + "\"External gateway info\",\"Tags\"\n\"r-1\",\"edge\",\"ACTIVE\",\"True\",\"p-1\",False,False,"
                + "\"[{'destination': '10.7.0.0/24', 'nexthop': '10.0.0.5'}]\",\"None\",\"['t']\"\n"), out);
    }

    @Test
    void setAddsRoutesToTheRoutersOwn() throws Exception {
        f.run(new RouterSet(), "--route", "destination=10.8.0.0/24,gateway=10.0.0.6", "--name", "e2", "--enable",
                "--external-gateway", "public", "--enable-snat", "edge");
        assertEquals(List.of("PUT routers/r-1 {\"name\":\"e2\",\"admin_state_up\":true,\"external_gateway_info\":"
                + "{\"network_id\":\"n-ext\",\"enable_snat\":true},\"routes\":[{\"destination\":\"10.8.0.0/24\","
                + "\"nexthop\":\"10.0.0.6\"},{\"destination\":\"10.7.0.0/24\",\"nexthop\":\"10.0.0.5\"}]}"), neutron.calls);
    }

    @Test
    void setChecksAsOsc() {
        assertEquals("You must specify '--external-gateway' in order to update the SNAT or fixed-ip values",
                assertThrows(CommandException.class, () -> f.run(new RouterSet(), "--disable-snat", "edge")).getMessage());
        assertEquals("You must specify '--external-gateway' or the router must already have an external network in "
                + "order to set router gateway IP QoS",
                assertThrows(CommandException.class, () -> f.run(new RouterSet(), "--no-qos-policy", "edge")).getMessage());
        assertEquals("Missing required keys gateway.\nRequired keys are: destination, gateway",
                assertThrows(CommandException.class, () -> f.run(new RouterSet(), "--route", "destination=1", "edge"))
                        .getMessage());
        assertEquals(List.of(), neutron.calls);
    }

    @Test
    void setNoQosKeepsTheGatewayNetwork() throws Exception {
        f.run(new RouterSet(), "--no-qos-policy", "--no-route", "plain");
        assertEquals(List.of("PUT routers/r-2 {\"routes\":[],\"external_gateway_info\":{\"network_id\":\"n-ext\","
                + "\"qos_policy_id\":null}}"), neutron.calls);
    }

    @Test
    void unsetRemovesRoutesAndGateway() throws Exception {
        f.run(new RouterUnset(), "--route", "destination=10.7.0.0/24,gateway=10.0.0.5", "--external-gateway", "--tag", "t",
                "edge");
        assertEquals(List.of("PUT routers/r-1 {\"routes\":[],\"external_gateway_info\":{}}", "PUT routers/r-1/tags []"),
                neutron.calls);
        assertEquals("Router does not contain route {'destination': '10.9.0.0/24', 'nexthop': '10.0.0.5'}",
                assertThrows(CommandException.class, () -> f.run(new RouterUnset(), "--route",
                        "destination=10.9.0.0/24,gateway=10.0.0.5", "edge")).getMessage());
        assertEquals("Router does not have external network or qos policy",
                assertThrows(CommandException.class, () -> f.run(new RouterUnset(), "--qos-policy", "edge")).getMessage());
    }

    @Test
    void interfacesAreOnePutEach() throws Exception {
        f.run(new RouterAddSubnet(), "edge", "sub");
        f.run(new RouterAddPort(), "edge", "vm-port");
        f.run(new RouterRemoveSubnet(), "edge", "s-1");
        f.run(new RouterRemovePort(), "r-1", "p-2");
        assertEquals(List.of("PUT routers/r-1/add_router_interface {\"subnet_id\":\"s-1\"}",
                "PUT routers/r-1/add_router_interface {\"port_id\":\"p-2\"}",
                "PUT routers/r-1/remove_router_interface {\"subnet_id\":\"s-1\"}",
                "PUT routers/r-1/remove_router_interface {\"port_id\":\"p-2\"}"), neutron.calls);
        // the port or subnet is looked up first
        assertEquals("No Subnet found for nope", assertThrows(CommandException.class,
                () -> f.run(new RouterAddSubnet(), "nope-router", "nope")).getMessage());
        assertEquals("More than one Router exists with the name 'twin'.", assertThrows(CommandException.class,
                () -> f.run(new RouterAddPort(), "twin", "vm-port")).getMessage());
    }

    @Test
    void routesShowTheRouterFromTheReply() throws Exception {
        ObjectNode reply = Json.object();
        ObjectNode r = reply.putObject("router");
        r.put("id", "r-1");
        ObjectNode route = r.putArray("routes").addObject();
        route.put("destination", "10.8.0.0/24");
        route.put("nexthop", "10.0.0.6");
        neutron.actionReply = reply;
        String out = f.run(new RouterAddRoute(), "--route", "destination=10.8.0.0/24,gateway=10.0.0.6", "edge", "-c", "routes",
                "-c", "name", "-f", "yaml");
        assertEquals(List.of("PUT routers/r-1/add_extraroutes {\"router\":{\"routes\":[{\"destination\":\"10.8.0.0/24\","
                + "\"nexthop\":\"10.0.0.6\"}]}}"), neutron.calls);
        assertEquals("name: edge\nroutes:\n- destination: 10.8.0.0/24\n  nexthop: 10.0.0.6\n", out);
        f.run(new RouterRemoveRoute(), "edge");
        assertEquals("PUT routers/r-1/remove_extraroutes {\"router\":{\"routes\":[]}}", neutron.calls.get(1));
    }

    @Test
    void bulkDeleteKeepsGoing() {
        assertEquals("2 of 3 routers failed to delete.", assertThrows(CommandException.class,
                () -> f.run(new RouterDelete(), "edge", "nope", "twin")).getMessage());
        assertEquals(List.of("DELETE routers/r-1"), neutron.calls);
        assertTrue(f.err.toString().startsWith("Failed to delete router with name or ID 'nope': No Router found for nope\n"));
    }
}
