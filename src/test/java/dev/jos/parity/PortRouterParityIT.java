package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.jos.parity.ParityHarness.Compare;
import dev.jos.parity.ParityHarness.Pair;

/**
 * The port and router commands against OSC on the lab. Each side has its own network, subnet
 * (the same CIDR: the networks are apart, so both sides' addresses and MACs are the same),
 * security group and ports: create with every kind of option, show and list in several
 * formats and filters, set/unset, and bad input (unknown names, bad --fixed-ip, a missing
 * extension, a bulk delete that partly fails).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortRouterParityIT extends LabParity {
    private static final List<String> PORTS = List.of("p1", "p2", "p3", "p4", "never");
    private static final List<String> ROUTERS = List.of("r1", "r2", "r3", "renamed");
    private static final String MAC = "fa:16:3e:4a:00:0";

    private Sides copies;
    /** 10.<y>.1.0/24 for this run's subnets. */
    private final int y = 20 + new SecureRandom().nextInt(200);

    private String n(String side, String base) {
        return copies.name(side, base);
    }

    private String ip(int last) {
        return "10." + y + ".1." + last;
    }

    @BeforeAll
    void lab() {
        copies = new Sides(h, admin);
        for (String side : Sides.BOTH) {
            h.oscOk(admin, "network", "create", n(side, "net"));
            h.oscOk(admin, "subnet", "create", "--network", n(side, "net"), "--subnet-range", "10." + y + ".1.0/24",
                    n(side, "sub"));
            h.oscOk(admin, "security", "group", "create", n(side, "sg"));
            // an external network of this run's for the gateways (the lab's physnet1 is public's;
            // a router's gateway needs only the API, so the tenant network type does)
            h.oscOk(admin, "network", "create", "--external", n(side, "ext"));
            h.oscOk(admin, "subnet", "create", "--network", n(side, "ext"), "--subnet-range", "10." + y + ".2.0/24",
                    "--no-dhcp", n(side, "extsub"));
        }
        copies.refreshIds("network", "subnet", "security group");
    }

    @AfterAll
    void cleanUp() {
        if (h != null) {
            for (String side : Sides.BOTH) {
                for (String r : ROUTERS) {
                    // neutron keeps an interface while a route needs it
                    h.osc(admin, "router", "set", "--no-route", n(side, r));
                    h.osc(admin, "router", "remove", "subnet", n(side, r), n(side, "sub"));
                    h.osc(admin, "router", "remove", "port", n(side, r), n(side, "p4"));
                }
            }
            copies.deleteQuietly("router", ROUTERS.toArray(String[]::new));
            copies.deleteQuietly("port", PORTS.toArray(String[]::new));
            copies.deleteQuietly("security group", "sg");
            copies.deleteQuietly("network", "net", "ext");
        }
    }

    private Pair mapped(int oscExit, Sides.Args args) {
        return mapped(oscExit, args, Compare.mapped().indexingUnknownIds());
    }

    private Pair mapped(int oscExit, Sides.Args args, Compare how) {
        Pair p = copies.run(admin, args);
        Sides.oscExit(p, oscExit);
        h.assertParity(p, how);
        return p;
    }

    /** Rows or items in neutron's arbitrary order (ports of a router, a subnet's pools): compared as sorted lines. */
    private Pair anyOrder(Sides.Args args) {
        return mapped(0, args, Compare.mapped().indexingUnknownIds().sortingStdoutLines());
    }

    @Test
    @Order(1)
    void portCreate() {
        mapped(0, s -> List.of("port", "create", "--network", n(s, "net"), "--fixed-ip", "subnet=" + n(s, "sub")
                + ",ip-address=" + ip(11), "--mac-address", MAC + "1", "--binding-profile", "{\"x\": 1}",
                "--binding-profile", "k=v", "--allowed-address", "ip-address=10.9.9.9,mac-address=fa:16:3e:00:00:99",
                "--extra-dhcp-option", "name=domain-search,value=a.b,c.d", "--description", "first", "--disable",
                "--tag", "b", "--tag", "a", "--security-group", n(s, "sg"), "--vnic-type", "normal", n(s, "p1")));
        mapped(0, s -> List.of("port", "create", "--network", n(s, "net"), "--no-fixed-ip", "--no-security-group",
                "--mac-address", MAC + "2", "--disable-port-security", "--device-owner", "jos:test", "--device", "dev-1",
                "-f", "json", n(s, "p2")));
        mapped(0, s -> List.of("port", "create", "--network", n(s, "net"), "--fixed-ip", "ip-address=" + ip(13),
                "--mac-address", MAC + "3", "--numa-policy-preferred", "-f", "yaml", n(s, "p3")));
        copies.refreshIds("port");
    }

    @Test
    @Order(2)
    void portShowAndList() {
        mapped(0, s -> List.of("port", "show", n(s, "p1")));
        mapped(0, s -> List.of("port", "show", n(s, "p2"), "-f", "shell"));
        mapped(0, s -> List.of("port", "list", "--network", n(s, "net"), "--long", "--sort-column", "Name"));
        mapped(0, s -> List.of("port", "list", "--network", n(s, "net"), "--fixed-ip", "subnet=" + n(s, "sub"), "-f", "csv",
                "--sort-column", "Name"));
        mapped(0, s -> List.of("port", "list", "--fixed-ip", "ip-address=" + ip(11), "--network", n(s, "net"), "--tags", "a,b",
                "-f", "json"));
        mapped(0, s -> List.of("port", "list", "--device-owner", "jos:test", "--mac-address", MAC + "2", "--name", n(s, "p2"),
                "--project", "admin", "-f", "value"));
        mapped(0, s -> List.of("port", "list", "--fixed-ip", "ip-substring=10." + y + ".1.1", "--network", n(s, "net"),
                "--device-id", "none", "--host", "nohost"));
    }

    @Test
    @Order(3)
    void portSetAndUnset() {
        mapped(0, s -> List.of("port", "set", "--fixed-ip", "ip-address=" + ip(21), "--allowed-address", "ip-address=10.8.8.8",
                "--binding-profile", "z=1", "--no-security-group", "--description", "d2", "--enable", "--tag", "c",
                "--name", n(s, "p1"), "--extra-dhcp-option", "name=domain-search,value=x.y", n(s, "p1")));
        mapped(0, s -> List.of("port", "show", n(s, "p1"), "-f", "json"));
        mapped(0, s -> List.of("port", "unset", "--fixed-ip", "subnet=" + n(s, "sub") + ",ip-address=" + ip(21),
                "--binding-profile", "z", "--allowed-address", "ip-address=10.8.8.8,mac-address=" + MAC + "1", "--tag", "a",
                "--host", n(s, "p1")));
        mapped(0, s -> List.of("port", "set", "--security-group", n(s, "sg"), "--no-binding-profile", "--no-tag",
                "--enable-port-security", "--no-allowed-address", n(s, "p1")));
        mapped(0, s -> List.of("port", "show", n(s, "p1"), "-f", "yaml"));
        mapped(0, s -> List.of("port", "unset", "--security-group", n(s, "sg"), "--all-tag", n(s, "p1")));
        mapped(0, s -> List.of("port", "set", "--no-fixed-ip", "--fixed-ip", "subnet=" + n(s, "sub") + ",ip-address=" + ip(31),
                "--mac-address", MAC + "4", n(s, "p3")));
        mapped(0, s -> List.of("port", "show", n(s, "p3"), "-c", "fixed_ips", "-c", "mac_address", "-c", "revision_number"));
        mapped(0, s -> List.of("port", "set", "--extra-property", "name=description,value=via extra", "--extra-property",
                "type=bool,name=admin_state_up,value=false", n(s, "p3")));
        mapped(0, s -> List.of("port", "show", n(s, "p3"), "-c", "description", "-c", "admin_state_up"));
        mapped(1, s -> List.of("port", "unset", "--extra-property", "name=description,value=x", n(s, "p3")));
    }

    @Test
    @Order(4)
    void portBadInput() {
        h.parity(admin, "port", "show", "nope-jos-port");
        h.parity(admin, "port", "create", "--network", "nope-jos-net", "x");
        h.parity(admin, "port", "create", "x");
        h.parity(admin, "port", "list", "--router", "nope-jos-router");
        h.parity(admin, "port", "list", "--server", "nope-jos-server");
        h.parity(admin, "port", "list", "--network", "nope-jos-net");
        h.parity(admin, "port", "create", "--network", "nope-jos-net", "--vnic-type", "foo", "x");
        h.parity(admin, "port", "set", "--numa-policy-legacy", "--numa-policy-required", "x");
        mapped(1, s -> List.of("port", "list", "--security-group", n(s, "sg")));
        mapped(1, s -> List.of("port", "create", "--network", n(s, "net"), "--fixed-ip", "foo", "never"));
        mapped(1, s -> List.of("port", "create", "--network", n(s, "net"), "--fixed-ip", "subnet=nope-jos-sub", "never"));
        mapped(1, s -> List.of("port", "create", "--network", n(s, "net"), "--binding-profile", "foo", "never"));
        mapped(1, s -> List.of("port", "create", "--network", n(s, "net"), "--allowed-address", "mac-address=x", "never"));
        mapped(1, s -> List.of("port", "create", "--network", n(s, "net"), "--extra-dhcp-option", "x", "never"));
        mapped(1, s -> List.of("port", "create", "--network", n(s, "net"), "--dns-name", "foo", "never"));
        mapped(1, s -> List.of("port", "create", "--network", n(s, "net"), "--fixed-ip", "ip-address=10.300.0.1", "never"));
        // p3's MAC since portSetAndUnset: neutron refuses a second port with it
        mapped(1, s -> List.of("port", "create", "--network", n(s, "net"), "--mac-address", MAC + "4", "never"));
        mapped(1, s -> List.of("port", "unset", "--fixed-ip", "ip-address=" + ip(99), n(s, "p1")));
        mapped(1, s -> List.of("port", "unset", "--binding-profile", "nope", n(s, "p1")));
        mapped(1, s -> List.of("port", "unset", "--allowed-address", "ip-address=1.1.1.1", n(s, "p1")));
        mapped(1, s -> List.of("port", "unset", "--security-group", n(s, "sg"), n(s, "p1")));
        mapped(1, s -> List.of("port", "set", "--qos-policy", "nope-jos-qos", n(s, "p1")));
        // the lab has no qos extension: neutron refuses the attribute
        mapped(1, s -> List.of("port", "unset", "--qos-policy", n(s, "p1")));
        // osc_lib lists the valid keys of a Python set, in an order that changes from run to run
        Pair keys = copies.run(admin, s -> List.of("port", "set", "--fixed-ip", "subnet=a,x=1", n(s, "p1")));
        assertEquals(1, keys.osc().exit(), keys.osc().stderr());
        assertEquals(1, keys.jos().exit(), keys.jos().stderr());
        assertEquals(keySets(keys.osc().stderr()), keySets(keys.jos().stderr()));
    }

    private static List<Set<String>> keySets(String stderr) {
        List<Set<String>> out = new ArrayList<>();
        stderr.lines().forEach(l -> out.add(new TreeSet<>(List.of(l.replaceFirst("^[^:]*: ", "").split(", ")))));
        return out;
    }

    @Test
    @Order(5)
    void routerCreate() {
        mapped(0, s -> List.of("router", "create", "--description", "first", "--tag", "b", "--tag", "a", n(s, "r1")));
        mapped(0, s -> List.of("router", "create", "--external-gateway", n(s, "ext"), "--fixed-ip", "subnet=" + n(s, "extsub")
                + ",ip-address=10." + y + ".2.50", "--disable-snat", "--disable", "--centralized", "--no-ha", "-f", "json",
                n(s, "r2")));
        // OSC makes the router, then refuses SNAT without a gateway
        mapped(1, s -> List.of("router", "create", "--enable-snat", n(s, "r3")));
        copies.refreshIds("router");
    }

    @Test
    @Order(6)
    void routerShowAndList() {
        mapped(0, s -> List.of("router", "show", n(s, "r1")));
        mapped(0, s -> List.of("router", "show", n(s, "r2"), "-f", "yaml"));
        mapped(0, s -> List.of("router", "list", "--name", n(s, "r2"), "--long"));
        mapped(0, s -> List.of("router", "list", "--name", n(s, "r1"), "--enable", "--project", "admin", "--tags", "a,b",
                "--long", "-f", "csv"));
        mapped(0, s -> List.of("router", "list", "--name", n(s, "r2"), "--disable", "-f", "value"));
    }

    @Test
    @Order(7)
    void routerInterfacesAndRoutes() {
        mapped(0, s -> List.of("router", "add", "subnet", n(s, "r1"), n(s, "sub")));
        copies.refreshIds("port");
        mapped(0, s -> List.of("router", "show", n(s, "r1"), "-c", "interfaces_info", "-c", "routes", "-c", "revision_number"));
        mapped(0, s -> List.of("router", "show", n(s, "r1"), "-f", "json", "-c", "interfaces_info"));
        mapped(0, s -> List.of("router", "add", "route", "--route", "destination=10.7.0.0/24,gateway=" + ip(5), "--route",
                "destination=10.7.1.0/24,gateway=" + ip(6), n(s, "r1")));
        mapped(0, s -> List.of("router", "remove", "route", "--route", "destination=10.7.1.0/24,gateway=" + ip(6), n(s, "r1"),
                "-f", "json"));
        mapped(0, s -> List.of("router", "set", "--route", "destination=10.6.0.0/24,gateway=" + ip(7), "--name", n(s, "renamed"),
                "--description", "", "--tag", "c", n(s, "r1")));
        mapped(0, s -> List.of("router", "show", n(s, "renamed"), "-c", "routes", "-c", "name", "-c", "tags"));
        mapped(0, s -> List.of("router", "unset", "--route", "destination=10.6.0.0/24,gateway=" + ip(7), "--tag", "a",
                n(s, "renamed")));
        mapped(1, s -> List.of("router", "unset", "--route", "destination=10.6.0.0/24,gateway=" + ip(7), n(s, "renamed")));
        mapped(0, s -> List.of("router", "set", "--no-route", "--route", "destination=10.6.1.0/24,gateway=" + ip(7),
                "--no-tag", n(s, "renamed")));
        mapped(0, s -> List.of("router", "show", n(s, "renamed"), "-c", "routes", "-c", "tags", "-f", "yaml"));
        mapped(0, s -> List.of("router", "set", "--no-route", "--external-gateway", n(s, "ext"), "--enable-snat",
                "--fixed-ip", "ip-address=10." + y + ".2.60", n(s, "renamed")));
        mapped(0, s -> List.of("router", "show", n(s, "renamed"), "-c", "external_gateway_info", "-c", "routes"));
        mapped(0, s -> List.of("router", "unset", "--external-gateway", n(s, "renamed")));
        mapped(0, s -> List.of("router", "set", "--extra-property", "name=description,value=via extra", n(s, "renamed")));
        mapped(0, s -> List.of("router", "show", n(s, "renamed"), "-c", "description"));
        mapped(1, s -> List.of("router", "unset", "--extra-property", "name=description,value=x", n(s, "renamed")));
        // a port of the router's is in use: neutron refuses its deletion
        mapped(0, s -> List.of("port", "create", "--network", n(s, "net"), "--fixed-ip", "ip-address=" + ip(40),
                "--mac-address", MAC + "5", "-c", "name", n(s, "p4")));
        copies.refreshIds("port");
        mapped(1, s -> List.of("router", "add", "port", n(s, "renamed"), n(s, "p4")));
        mapped(0, s -> List.of("router", "add", "port", n(s, "r2"), n(s, "p4")));
        mapped(1, s -> List.of("port", "delete", n(s, "p4")));
        anyOrder(s -> List.of("port", "list", "--router", n(s, "r2"), "-c", "Name", "-c", "Fixed IP Addresses", "-f", "value"));
        mapped(0, s -> List.of("router", "remove", "port", n(s, "r2"), n(s, "p4")));
        mapped(1, s -> List.of("port", "show", n(s, "p4")));
        mapped(0, s -> List.of("router", "remove", "subnet", n(s, "renamed"), n(s, "sub")));
        mapped(1, s -> List.of("router", "remove", "subnet", n(s, "renamed"), n(s, "sub")));
    }

    @Test
    @Order(8)
    void routerBadInput() {
        h.parity(admin, "router", "show", "nope-jos-router");
        h.parity(admin, "router", "add", "subnet", "nope-jos-router", "nope-jos-sub");
        h.parity(admin, "router", "add", "port", "nope-jos-router", "nope-jos-port");
        h.parity(admin, "router", "create", "--ha", "--no-ha", "x");
        mapped(1, s -> List.of("router", "add", "subnet", "nope-jos-router", n(s, "sub")));
        mapped(1, s -> List.of("router", "set", "--enable-snat", n(s, "renamed")));
        mapped(1, s -> List.of("router", "set", "--no-qos-policy", n(s, "renamed")));
        mapped(1, s -> List.of("router", "unset", "--qos-policy", n(s, "renamed")));
        mapped(1, s -> List.of("router", "set", "--external-gateway", "nope-jos-net", n(s, "renamed")));
        mapped(1, s -> List.of("router", "add", "route", "--route", "destination=10.5.0.0/24,gateway=10.99.0.1", n(s, "renamed")));
        mapped(1, s -> List.of("router", "add", "route", "--route", "foo", n(s, "renamed")));
        Pair keys = copies.run(admin, s -> List.of("router", "add", "route", "--route", "destination=10.5.0.0/24",
                n(s, "renamed")));
        assertEquals(1, keys.osc().exit(), keys.osc().stderr());
        assertEquals(1, keys.jos().exit(), keys.jos().stderr());
        assertEquals(keySets(keys.osc().stderr()), keySets(keys.jos().stderr()));
        mapped(1, s -> List.of("router", "delete", n(s, "r3"), "nope-jos-router", n(s, "renamed")));
        mapped(0, s -> List.of("router", "delete", n(s, "r2")));
    }

    @Test
    @Order(9)
    void portDelete() {
        mapped(1, s -> List.of("port", "delete", n(s, "p2"), "nope-jos-port", n(s, "p2")));
        mapped(0, s -> List.of("port", "delete", n(s, "p3")));
        mapped(1, s -> List.of("port", "show", n(s, "p3")));
    }

    @Test
    @Order(10)
    void subnetSetUnsetAndGroupUnset() {
        mapped(0, s -> List.of("subnet", "set", "--dns-nameserver", "8.8.8.8", "--dns-nameserver", "1.1.1.1", "--host-route",
                "destination=10.8.0.0/16,gateway=" + ip(254), "--no-allocation-pool", "--allocation-pool", "start=" + ip(100)
                + ",end=" + ip(150), "--allocation-pool", "start=" + ip(160) + ",end=" + ip(170), "--description", "d",
                "--tag", "b", "--tag", "a", n(s, "sub")));
        anyOrder(s -> List.of("subnet", "show", n(s, "sub"), "-c", "dns_nameservers", "-c", "host_routes", "-c",
                "allocation_pools", "-c", "description", "-c", "tags", "-c", "gateway_ip", "-f", "yaml"));
        mapped(0, s -> List.of("subnet", "unset", "--dns-nameserver", "1.1.1.1", "--host-route", "destination=10.8.0.0/16,"
                + "gateway=" + ip(254), "--allocation-pool", "start=" + ip(160) + ",end=" + ip(170), "--tag", "a", n(s, "sub")));
        mapped(0, s -> List.of("subnet", "show", n(s, "sub"), "-c", "dns_nameservers", "-c", "host_routes", "-c",
                "allocation_pools", "-c", "tags"));
        mapped(1, s -> List.of("subnet", "unset", "--dns-nameserver", "9.9.9.9", n(s, "sub")));
        mapped(1, s -> List.of("subnet", "unset", "--host-route", "destination=10.8.0.0/16,gateway=" + ip(254), n(s, "sub")));
        mapped(1, s -> List.of("subnet", "set", "--gateway", "auto", n(s, "sub")));
        mapped(0, s -> List.of("subnet", "set", "--gateway", "none", "--no-dns-nameservers", "--no-host-route", "--no-dhcp",
                "--name", n(s, "sub"), n(s, "sub")));
        mapped(0, s -> List.of("subnet", "show", n(s, "sub"), "-c", "gateway_ip", "-c", "dns_nameservers", "-c", "enable_dhcp",
                "-f", "yaml"));
        h.parity(admin, "subnet", "set", "--name", "x", "nope-jos-sub");
        h.parity(admin, "subnet", "unset", "--gateway", "nope-jos-sub");
        mapped(0, s -> List.of("security", "group", "set", "--tag", "a", "--tag", "b", n(s, "sg")));
        mapped(0, s -> List.of("security", "group", "unset", "--tag", "a", "--tag", "zz", n(s, "sg")));
        mapped(0, s -> List.of("security", "group", "show", n(s, "sg"), "-c", "tags", "-c", "name"));
        mapped(0, s -> List.of("security", "group", "unset", "--all-tag", n(s, "sg")));
        h.parity(admin, "security", "group", "unset", "--all-tag", "nope-jos-group");
    }
}
