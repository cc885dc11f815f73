package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.jos.parity.ParityHarness.Compare;
import dev.jos.parity.ParityHarness.Pair;

/**
 * The network and subnet commands against OSC on the lab: the course's commands (network
 * create, subnet create with a pool and DNS, list, delete with its subnets) on each side's own
 * network and a CIDR of this run's, show/list formats, set/unset, and bad input (unknown and
 * duplicate names, a bad CIDR, an overlapping subnet, a bad --allocation-pool, a bad --mtu).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkParityIT extends LabParity {
    private static final List<String> NETS = List.of("demo-network", "internal", "dup", "renamed", "extra");

    /** Every network field but provider:segmentation_id, which neutron picks at random. */
    private static final List<String> NET_COLS = List.of("-c", "admin_state_up", "-c", "availability_zone_hints", "-c",
            "availability_zones", "-c", "created_at", "-c", "description", "-c", "dns_domain", "-c", "id", "-c",
            "ipv4_address_scope", "-c", "ipv6_address_scope", "-c", "is_default", "-c", "is_vlan_transparent", "-c", "mtu",
            "-c", "name", "-c", "port_security_enabled", "-c", "project_id", "-c", "provider:network_type", "-c",
            "provider:physical_network", "-c", "qos_policy_id", "-c", "revision_number", "-c", "router:external", "-c",
            "segments", "-c", "shared", "-c", "status", "-c", "subnets", "-c", "tags", "-c", "updated_at");

    private static List<String> cat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private Sides copies;
    /** 10.<y>.0.0/16 for this run: jos uses 10.y.1.0/24 and 10.y.3.0/24, OSC 10.y.2.0/24 and 10.y.4.0/24. */
    private final int y = 20 + new SecureRandom().nextInt(200);

    private String n(String side, String base) {
        return copies.name(side, base);
    }

    private String net(String side, int third) {
        return "10." + y + "." + (third + (side.equals(Sides.JOS) ? 0 : 1)) + ".";
    }

    @BeforeAll
    void lab() {
        copies = new Sides(h, admin);
        // each side's own CIDRs and their addresses read as the same
        for (int third : List.of(1, 3)) {
            h.literal("10." + y + "." + (third + 1) + ".", "10." + y + "." + third + ".");
        }
    }

    @AfterAll
    void cleanUp() {
        if (h != null) {
            // duplicateNames() leaves two networks of one name per side: delete those by id
            for (String side : List.of(ParityHarness.JOS, ParityHarness.OSC)) {
                String ids = h.osc(admin, "network", "list", "--name", copies.name(side, "dup"), "-f", "value", "-c", "ID").stdout();
                List<String> args = new java.util.ArrayList<>(List.of("network", "delete"));
                ids.lines().filter(l -> !l.isBlank()).forEach(args::add);
                if (args.size() > 2) {
                    h.osc(admin, args.toArray(String[]::new));
                }
            }
            copies.deleteQuietly("network", NETS.toArray(String[]::new));
        }
    }

    private Pair mapped(int oscExit, Sides.Args args) {
        Pair p = copies.run(admin, args);
        Sides.oscExit(p, oscExit);
        copies.refreshIds("network", "subnet");
        h.assertParity(p, Compare.mapped().indexingUnknownIds());
        return p;
    }

    @Test
    @Order(1)
    void courseNetworkAndSubnet() {
        mapped(0, s -> cat(List.of("network", "create", n(s, "demo-network")), NET_COLS));
        mapped(0, s -> List.of("subnet", "create", "--network", n(s, "demo-network"), "--subnet-range", net(s, 1) + "0/24",
                "--gateway", net(s, 1) + "1", "--dhcp", "--dns-nameserver", "8.8.8.8", "--allocation-pool",
                "start=" + net(s, 1) + "2,end=" + net(s, 1) + "254", n(s, "new-subnet")));
        mapped(0, s -> cat(List.of("network", "create", n(s, "internal")), NET_COLS));
        mapped(0, s -> List.of("subnet", "create", n(s, "internal-subnet"), "--network", n(s, "internal"),
                "--subnet-range", net(s, 3) + "0/24", "--gateway", net(s, 3) + "1", "--dns-nameserver", "8.8.8.8"));
    }

    @Test
    @Order(2)
    void showAndListFormats() {
        mapped(0, s -> cat(List.of("network", "show", n(s, "demo-network")), NET_COLS));
        mapped(0, s -> cat(List.of("network", "show", n(s, "internal"), "-f", "json"), NET_COLS));
        mapped(0, s -> List.of("subnet", "show", n(s, "new-subnet")));
        mapped(0, s -> List.of("subnet", "show", n(s, "internal-subnet"), "-f", "yaml"));
        mapped(0, s -> List.of("network", "list", "--name", n(s, "internal"), "--long"));
        mapped(0, s -> List.of("subnet", "list", "--network", n(s, "demo-network"), "--long"));
        mapped(0, s -> List.of("subnet", "list", "--name", n(s, "new-subnet"), "-f", "json"));
        h.parity(admin, "network", "list", "--name", "internal", "--internal", "--enable");
        h.parity(admin, "network", "list", "--status", "FOO");
    }

    @Test
    @Order(3)
    void setAndUnset() {
        mapped(0, s -> List.of("network", "set", "--description", "d", "--mtu", "1400", "--tag", "b", "--tag", "a",
                n(s, "internal")));
        mapped(0, s -> List.of("network", "unset", "--tag", "b", n(s, "internal")));
        mapped(0, s -> List.of("network", "show", n(s, "internal"), "-c", "description", "-c", "mtu", "-c", "tags"));
        mapped(0, s -> cat(List.of("network", "create", "--disable", "--no-share", "--tag", "x", "-f", "json", n(s, "dup")), NET_COLS));
    }

    @Test
    @Order(4)
    void extraProperties() {
        // attributes sent as given, converted by their type
        mapped(0, s -> List.of("network", "set", "--extra-property", "type=int,name=mtu,value=1300", "--extra-property",
                "type=bool,name=port_security_enabled,value=False", "--extra-property", "name=description,value=via extra",
                n(s, "internal")));
        mapped(0, s -> List.of("network", "show", n(s, "internal"), "-c", "description", "-c", "mtu", "-c",
                "port_security_enabled"));
        mapped(0, s -> List.of("subnet", "set", "--extra-property", "name=description,value=from extra", n(s, "internal-subnet")));
        mapped(0, s -> List.of("subnet", "show", n(s, "internal-subnet"), "-c", "description"));
        mapped(0, s -> cat(List.of("network", "create", "--extra-property", "type=int,name=mtu,value=1350", "-f", "json",
                n(s, "extra")), NET_COLS));
        // unset sends null, which neutron refuses for a string; an attribute neutron does not know
        mapped(1, s -> List.of("network", "unset", "--extra-property", "name=description,value=x", n(s, "internal")));
        mapped(1, s -> List.of("network", "set", "--extra-property", "name=jos_no_such,value=1", n(s, "internal")));
        mapped(1, s -> List.of("subnet", "unset", "--extra-property", "name=description,value=x", n(s, "internal-subnet")));
        // conversions that fail, after the look-up
        mapped(1, s -> List.of("network", "set", "--extra-property", "type=int,name=mtu,value=abc", n(s, "internal")));
        mapped(1, s -> List.of("network", "set", "--extra-property", "type=float,name=mtu,value=1", n(s, "internal")));
        mapped(1, s -> List.of("network", "set", "--extra-property", "type=dict,name=x,value=y", n(s, "internal")));
        mapped(1, s -> List.of("network", "set", "--extra-property", "type=int,name=mtu,value=1", "no-such-network"));
        mapped(1, s -> List.of("network", "set", "--extra-property", "no-equals-sign", n(s, "internal")));
    }

    @Test
    @Order(5)
    void badInput() {
        h.parity(admin, "network", "show", "no-such-network");
        h.parity(admin, "network", "delete", "no-such-network");
        h.parity(admin, "network", "create", "--mtu", "abc", "never-made");
        // what an agent hosts: the lab's one agent hosts no network nor router
        h.parity(admin, "network", "list", "--agent", "nope-jos-agent");
        h.parity(admin, "router", "list", "--agent", "nope-jos-agent");
        String agent = h.oscOk(admin, "network", "agent", "list", "-f", "value", "-c", "ID").stdout().lines().findFirst()
                .orElseThrow();
        h.parity(admin, "network", "list", "--agent", agent, "-f", "json");
        h.parity(admin, "router", "list", "--agent", agent, "--name", "x", "-f", "csv", "--print-empty");
        h.parity(admin, "subnet", "create", "--network", "no-such-network", "--subnet-range", "10.1.0.0/24", "x");
        h.parity(admin, "subnet", "show", "no-such-subnet");
        h.parity(admin, "subnet", "create", "x");
        mapped(1, s -> List.of("subnet", "create", "--network", n(s, "demo-network"), "--subnet-range",
                "10." + y + ".300.0/24", "bad"));
        mapped(1, s -> List.of("subnet", "create", "--network", n(s, "demo-network"), "--subnet-range",
                net(s, 1) + "0/25", "overlap"));
        mapped(1, s -> List.of("subnet", "create", "--network", n(s, "demo-network"), "--allocation-pool", "foo", "bad"));
        // osc_lib lists the valid keys of a Python set, whose order changes from run to run:
        // compare them as a set (jos keeps the declared order)
        Pair keys = copies.run(admin, s -> List.of("subnet", "create", "--network", n(s, "demo-network"),
                "--allocation-pool", "start=" + net(s, 1) + "2,end=x,x=1", "bad"));
        assertEquals(1, keys.osc().exit(), keys.osc().stderr());
        assertEquals(1, keys.jos().exit(), keys.jos().stderr());
        assertEquals(keySets(keys.osc().stderr()), keySets(keys.jos().stderr()));
        assertEquals("Invalid keys x specified.\nValid keys are: start, end\n", keys.jos().stderr());
    }

    private static List<java.util.Set<String>> keySets(String stderr) {
        return stderr.lines().map(l -> new java.util.TreeSet<>(List.of(l.replaceFirst("^[^:]*: ", "").split(", "))))
                .map(t -> (java.util.Set<String>) t).toList();
    }

    @Test
    @Order(6)
    void duplicateNames() {
        // a second network of the same name on each side
        Pair p = copies.run(admin, s -> List.of("network", "create", "-f", "value", "-c", "name", n(s, "dup")));
        Sides.oscExit(p, 0);
        mapped(1, s -> List.of("network", "show", n(s, "dup")));
        mapped(1, s -> List.of("subnet", "create", "--network", n(s, "dup"), "--subnet-range", "10.9.9.0/24", "x"));
    }

    @Test
    @Order(7)
    void courseDeleteTakesTheSubnets() {
        mapped(0, s -> List.of("network", "delete", n(s, "demo-network")));
        mapped(1, s -> List.of("subnet", "show", n(s, "new-subnet")));
        mapped(0, s -> List.of("subnet", "delete", n(s, "internal-subnet")));
        mapped(1, s -> List.of("network", "delete", n(s, "internal"), "no-such-network"));
    }
}
