package dev.jos.parity;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.jos.parity.ParityHarness.Compare;
import dev.jos.parity.ParityHarness.Pair;

/**
 * The floating IP commands against OSC on the lab's external network "public": each side makes
 * its own address (fixed, so both are the same length and map to one placeholder), shows, lists,
 * sets and unsets it, adds it to its own server (behind this run's router, whose gateway is on
 * public) and removes it again; then bad input (unknown address, network and server, a port-less
 * fixed IP, a non-admin choosing the address, a bulk delete that partly fails).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FloatingIpParityIT extends LabParity {
    private Sides copies;
    private Map<String, String> demo;
    /**
     * Each side's floating address: 203.0.113.1nn for jos, 203.0.113.2nn for OSC (nn random per run),
     * outside public-subnet's allocation pool (lab/up.sh), so no router gateway can hold it already.
     */
    private final Map<String, String> fip = new java.util.HashMap<>();
    /** Each side's server's fixed address on this run's subnet. */
    private final Map<String, String> fixed = Map.of(Sides.JOS, "10.77.0.11", Sides.OSC, "10.77.0.12");
    /** The admin in a project of this run's own: the shared admin project's instance quota is often used up. */
    private Map<String, String> rc;
    private String projectName;
    private String routerName;
    private String netName;
    private String subnetName;

    @BeforeAll
    void lab() {
        h.timeout(Duration.ofSeconds(120));
        copies = new Sides(h, admin);
        demo = Lab.demoRc();
        int nn = new SecureRandom().nextInt(50);
        fip.put(Sides.JOS, String.format("203.0.113.1%02d", nn));
        fip.put(Sides.OSC, String.format("203.0.113.2%02d", nn));
        fip.values().forEach(ip -> h.literal(ip, "203.0.113.FIP"));
        fixed.values().forEach(ip -> h.literal(ip, "10.77.0.FX"));
        projectName = copies.name("fx", "project");
        h.oscOk(admin, "project", "create", "--domain", "default", projectName);
        h.oscOk(admin, "role", "add", "--user", "admin", "--user-domain", "default", "--project", projectName,
                "--project-domain", "default", "admin");
        rc = new java.util.HashMap<>(admin);
        rc.put("OS_PROJECT_NAME", projectName);
        netName = copies.name("fx", "net");
        subnetName = copies.name("fx", "subnet");
        routerName = copies.name("fx", "router");
        h.oscOk(rc, "network", "create", netName);
        h.oscOk(rc, "subnet", "create", "--network", netName, "--subnet-range", "10.77.0.0/24", subnetName);
        // the router's gateway on public and its interface on this subnet give the servers' ports a way out
        h.oscOk(rc, "router", "create", routerName);
        h.oscOk(rc, "router", "set", "--external-gateway", "public", routerName);
        h.oscOk(rc, "router", "add", "subnet", routerName, subnetName);
        for (String side : Sides.BOTH) {
            h.oscOk(rc, "server", "create", "--flavor", "mini", "--image", "lab-image", "--nic",
                    "net-id=" + netId() + ",v4-fixed-ip=" + fixed.get(side), "--wait", copies.name(side, "vm"));
        }
        h.knownId(netId(), "network:fx-net");
        h.knownId(h.oscOk(admin, "network", "show", "public", "-f", "value", "-c", "id").stdout().strip(), "network:public");
    }

    private String netIdCache;

    private String netId() {
        if (netIdCache == null) {
            netIdCache = h.oscOk(rc, "network", "show", netName, "-f", "value", "-c", "id").stdout().strip();
        }
        return netIdCache;
    }

    @AfterAll
    void cleanUp() {
        if (h == null || copies == null) {
            return;
        }
        if (rc != null) {
            h.osc(rc, "floating", "ip", "delete", fip.get(Sides.JOS), fip.get(Sides.OSC));
            h.osc(rc, "server", "delete", "--wait", copies.name(Sides.JOS, "vm"), copies.name(Sides.OSC, "vm"));
            h.osc(rc, "router", "remove", "subnet", routerName, subnetName);
            h.osc(rc, "router", "delete", routerName);
            h.osc(rc, "network", "delete", netName);
        }
        h.osc(admin, "project", "delete", projectName);
    }

    private Pair mapped(int oscExit, Sides.Args args) {
        return mapped(oscExit, rc, args);
    }

    private Pair mapped(int oscExit, Map<String, String> rc, Sides.Args args) {
        Pair p = copies.run(rc, args);
        Sides.oscExit(p, oscExit);
        h.assertParity(p, Compare.mapped().indexingUnknownIds());
        return p;
    }

    private String tag(String side) {
        return copies.name(side, "tag");
    }

    @Test
    @Order(1)
    void create() {
        mapped(0, s -> List.of("floating", "ip", "create", "--floating-ip-address", fip.get(s), "--description", "first",
                "--tag", tag(s), "public", "-f", "json"));
    }

    @Test
    @Order(2)
    void showAndList() {
        mapped(0, s -> List.of("floating", "ip", "show", fip.get(s)));
        mapped(0, s -> List.of("floating", "ip", "show", fip.get(s), "-f", "yaml"));
        mapped(0, s -> List.of("floating", "ip", "list", "--floating-ip-address", fip.get(s), "--long"));
        mapped(0, s -> List.of("floating", "ip", "list", "--tags", tag(s), "--network", "public", "--status", "DOWN",
                "--project", projectName, "-f", "csv"));
    }

    @Test
    @Order(3)
    void setAndUnset() {
        mapped(0, s -> List.of("floating", "ip", "set", "--description", "second", "--tag", "extra", fip.get(s)));
        mapped(0, s -> List.of("floating", "ip", "show", fip.get(s), "-c", "description", "-c", "tags", "-f", "json"));
        mapped(0, s -> List.of("floating", "ip", "unset", "--tag", "extra", "--port", fip.get(s)));
        mapped(0, s -> List.of("floating", "ip", "show", fip.get(s), "-c", "tags", "-c", "port_id", "-c", "revision_number"));
        // unset sends --extra-property's value as given (OSC's UnsetFloatingIP is no unset kind)
        mapped(0, s -> List.of("floating", "ip", "unset", "--extra-property", "name=description,value=third", fip.get(s)));
        mapped(0, s -> List.of("floating", "ip", "set", "--extra-property", "name=description,value=fourth", fip.get(s)));
        mapped(0, s -> List.of("floating", "ip", "show", fip.get(s), "-c", "description", "-c", "revision_number"));
    }

    @Test
    @Order(4)
    void addAndRemoveOnAServer() {
        mapped(1, s -> List.of("server", "add", "floating", "ip", "--fixed-ip-address", "10.9.9.9", copies.name(s, "vm"),
                fip.get(s)));
        mapped(0, s -> List.of("server", "add", "floating", "ip", copies.name(s, "vm"), fip.get(s)));
        // port_details holds the port's MAC address, which differs: every other field
        mapped(0, s -> List.of("floating", "ip", "show", fip.get(s), "-c", "fixed_ip_address", "-c", "floating_ip_address",
                "-c", "status", "-c", "name", "-f", "yaml"));
        mapped(0, s -> List.of("floating", "ip", "list", "--floating-ip-address", fip.get(s), "-c", "Fixed IP Address",
                "-c", "Floating IP Address"));
        mapped(0, s -> List.of("server", "remove", "floating", "ip", copies.name(s, "vm"), fip.get(s)));
        mapped(0, s -> List.of("floating", "ip", "show", fip.get(s), "-c", "fixed_ip_address", "-c", "port_id",
                "-c", "port_details"));
        mapped(0, s -> List.of("server", "add", "floating", "ip", "--fixed-ip-address", fixed.get(s), copies.name(s, "vm"),
                fip.get(s)));
        mapped(0, s -> List.of("floating", "ip", "show", fip.get(s), "-c", "fixed_ip_address", "-f", "value"));
    }

    @Test
    @Order(5)
    void badInput() {
        mapped(1, s -> List.of("floating", "ip", "show", "nope-jos-fip"));
        mapped(1, s -> List.of("floating", "ip", "set", "--description", "x", "198.51.100.7"));
        mapped(1, s -> List.of("floating", "ip", "create", "nope-jos-network"));
        mapped(1, s -> List.of("floating", "ip", "list", "--network", "nope-jos-network"));
        mapped(1, s -> List.of("floating", "ip", "pool", "list"));
        mapped(2, s -> List.of("floating", "ip", "list", "--status", "UP"));
        mapped(1, s -> List.of("server", "add", "floating", "ip", "nope-jos-server", fip.get(s)));
        mapped(1, s -> List.of("server", "add", "floating", "ip", copies.name(s, "vm"), "198.51.100.7"));
        mapped(1, s -> List.of("server", "remove", "floating", "ip", copies.name(s, "vm"), "198.51.100.7"));
        // the address is the admin's to choose (neutron's policy): a 403 in the ShowOne's words
        mapped(1, demo, s -> List.of("floating", "ip", "create", "--floating-ip-address", "203.0.113.251", "public"));
        mapped(1, s -> List.of("floating", "ip", "delete", "198.51.100.7", fip.get(s)));
        mapped(1, s -> List.of("floating", "ip", "delete", fip.get(s)));
    }
}
