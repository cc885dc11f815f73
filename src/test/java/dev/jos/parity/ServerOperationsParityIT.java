package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
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
 * The server operations beyond the lifecycle, on the lab, each side on its own server: rescue,
 * shelve, rebuild, migrate, security groups, fixed IPs, ports and networks, events, consoles,
 * server images and server groups; with the errors the lab's fake driver and single host give.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerOperationsParityIT extends LabParity {

    private Sides copies;

    @BeforeAll
    void lab() {
        h.timeout(Duration.ofSeconds(180));
        copies = new Sides(h, admin);
        for (String side : Sides.BOTH) {
            h.oscOk(admin, "server", "create", "--image", "lab-image", "--flavor", "mini", "--network", "internal", "--wait",
                    copies.name(side, "ops-vm"));
            h.oscOk(admin, "security", "group", "create", copies.name(side, "ops-sg"));
            h.oscOk(admin, "port", "create", "--network", "internal", copies.name(side, "ops-port"));
        }
        copies.refreshIds("server", "security group", "port");
    }

    @AfterAll
    void cleanUp() {
        if (h == null || copies == null) {
            return;
        }
        copies.deleteQuietly("server", "ops-vm");
        copies.deleteQuietly("server group", "ops-group");
        copies.deleteQuietly("image", "ops-snap");
        copies.deleteQuietly("port", "ops-port");
        copies.deleteQuietly("security group", "ops-sg");
    }

    private Pair both(String... args) {
        return copies.run(admin, s -> {
            List<String> argv = new java.util.ArrayList<>();
            for (String a : args) {
                argv.add(a.equals("VM") ? copies.name(s, "ops-vm") : a.startsWith("@") ? copies.name(s, a.substring(1)) : a);
            }
            return argv;
        });
    }

    private static Pair masked(Pair p) {
        return new Pair(ServerParityIT.mask(p.jos()), ServerParityIT.mask(p.osc()));
    }

    /** The group names a `-f value` security_groups line holds, one per line, sorted. */
    private static Cli.Result groupNames(Cli.Result r) {
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'name': '([^']*)'").matcher(r.stdout());
        while (m.find()) {
            names.add(m.group(1));
        }
        java.util.Collections.sort(names);
        assertEquals(2, names.size(), r.stdout());
        return new Cli.Result(r.tool(), r.argv(), r.exit(), String.join("\n", names) + "\n", r.stderr(), r.millis());
    }

    private void same(int exit, String... args) {
        Pair p = both(args);
        Sides.oscExit(p, exit);
        h.assertParity(masked(p), Compare.mapped().indexingUnknownIds());
    }

    private void waitFor(String status) throws InterruptedException {
        for (String side : Sides.BOTH) {
            for (int i = 0; i < 120; i++) {
                if (h.oscOk(admin, "server", "show", copies.name(side, "ops-vm"), "-f", "value", "-c", "status").stdout().strip()
                        .equals(status)) {
                    break;
                }
                Thread.sleep(500);
            }
        }
    }

    @Test
    @Order(1)
    void rescueAndUnrescue() throws InterruptedException {
        // openstacksdk's find_image forgives an unknown image: nova rescues with the server's own
        same(0, "server", "rescue", "--image", "no-such-image", "VM");
        waitFor("RESCUE");
        same(0, "server", "unrescue", "VM");
        waitFor("ACTIVE");
        same(1, "server", "rescue", "@no-such-vm");
    }

    @Test
    @Order(2)
    void shelveAndUnshelve() throws InterruptedException {
        same(0, "server", "shelve", "--wait", "VM");
        same(0, "server", "shelve", "VM");
        same(1, "server", "unshelve", "--availability-zone", "nova", "VM");
        same(0, "server", "unshelve", "--wait", "VM");
        waitFor("ACTIVE");
    }

    @Test
    @Order(3)
    void rebuild() throws InterruptedException {
        same(0, "server", "rebuild", "--property", "ops=1", "--wait", "VM");
        same(0, "server", "rebuild", "--image", "lab-image", "--name", "@ops-vm", "VM");
        waitFor("ACTIVE");
        same(1, "server", "rebuild", "--image", "no-such-image", "VM");
        same(1, "server", "rebuild", "--description", "d", "VM");
        same(1, "server", "rebuild", "--key-name", "k", "VM");
    }

    @Test
    @Order(4)
    void securityGroups() {
        same(0, "server", "add", "security", "group", "VM", "@ops-sg");
        // nova lists a server's groups in no fixed order: each side's group names are compared sorted
        Pair shown = both("server", "show", "VM", "-c", "security_groups", "-f", "value");
        Sides.oscExit(shown, 0);
        h.assertParity(new Pair(groupNames(shown.jos()), groupNames(shown.osc())), Compare.mapped());
        same(0, "server", "remove", "security", "group", "VM", "@ops-sg");
        same(1, "server", "remove", "security", "group", "VM", "@ops-sg");
        same(1, "server", "add", "security", "group", "VM", "no-such-group");
    }

    @Test
    @Order(5)
    void fixedIpsPortsAndNetworks() {
        // JSON: the fixed IP is the table's widest cell, and the two sides' addresses differ in length
        same(0, "server", "add", "fixed", "ip", "VM", "internal", "-f", "json");
        same(1, "server", "remove", "fixed", "ip", "VM", "10.255.255.1");
        same(0, "server", "add", "port", "VM", "@ops-port");
        same(0, "server", "remove", "port", "VM", "@ops-port");
        same(1, "server", "add", "port", "VM", "no-such-port");
        same(0, "server", "remove", "network", "VM", "internal");
        same(0, "server", "add", "network", "VM", "internal");
        same(1, "server", "add", "network", "VM", "no-such-network");
        same(1, "server", "add", "fixed", "ip", "--tag", "t", "--os-compute-api-version", "2.48", "VM", "internal");
    }

    @Test
    @Order(6)
    void eventsAndConsoles() {
        same(0, "server", "event", "list", "VM", "-c", "Action", "-c", "Server ID");
        same(0, "server", "event", "list", "--long", "VM", "-f", "value", "-c", "Action", "-c", "Message");
        same(1, "server", "event", "list", "--limit", "1", "VM");
        same(1, "server", "event", "list", "@no-such-vm");
        same(1, "server", "event", "show", "VM", "req-00000000-0000-0000-0000-000000000000");
        same(0, "console", "log", "show", "--lines", "2", "VM");
        same(0, "console", "log", "show", "VM");
        same(1, "console", "log", "show", "--lines", "-1", "VM");
        same(1, "console", "url", "show", "VM");
        same(1, "console", "url", "show", "--serial", "VM");
    }

    @Test
    @Order(7)
    void migrate() throws InterruptedException {
        same(1, "server", "migrate", "--block-migration", "VM");
        same(1, "server", "migrate", "--live-migration", "--host", "nowhere", "VM");
        same(1, "server", "migrate", "--host", "nowhere", "VM");
        same(1, "server", "migrate", "confirm", "VM");
        same(1, "server", "migration", "revert", "VM");
        // the lab's one host: the cold migration is accepted, then fails in the scheduler
        same(0, "server", "migrate", "--wait", "VM");
        waitFor("ACTIVE");
    }

    @Test
    @Order(8)
    void serverImage() {
        same(0, "server", "image", "create", "--name", "@ops-snap", "--property", "course=ops", "VM");
        same(1, "server", "image", "create", "@no-such-vm");
    }

    @Test
    @Order(9)
    void serverGroups() {
        same(0, "server", "group", "create", "--policy", "anti-affinity", "--rule", "max_server_per_host=2", "@ops-group");
        copies.refreshIds("server group");
        same(0, "server", "group", "show", "@ops-group");
        same(0, "server", "group", "show", "@ops-group", "-f", "json");
        same(0, "server", "group", "show", "--os-compute-api-version", "2.1", "@ops-group");
        same(1, "server", "group", "show", "no-such-group");
        same(1, "server", "group", "create", "--rule", "a=b", "--os-compute-api-version", "2.63", "@ops-group2");
        same(2, "server", "group", "create", "--policy", "sideways", "@ops-group2");
        same(0, "server", "group", "delete", "@ops-group");
        same(1, "server", "group", "delete", "@ops-group", "no-such-group");
    }

    @Test
    @Order(10)
    void deletedServerEventsByUuid() {
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        for (String side : Sides.BOTH) {
            String name = copies.name(side, "ops-vm");
            ids.put(side, h.oscOk(admin, "server", "show", name, "-f", "value", "-c", "id").stdout().strip());
            h.oscOk(admin, "server", "delete", "--wait", name);
        }
        // OSC asks nova for the events of a deleted server by its UUID (the ids were mapped to names before)
        Pair p = copies.run(admin, s -> List.of("server", "event", "list", "-c", "Action", ids.get(s)));
        Sides.oscExit(p, 1);
        h.assertParity(p, Compare.mapped().indexingUnknownIds());
        // from 2.21 nova keeps the events of a deleted server
        Pair later = copies.run(admin, s -> List.of("--os-compute-api-version", "2.21", "server", "event", "list", "-c", "Action", ids.get(s)));
        Sides.oscExit(later, 0);
        h.assertParity(later, Compare.mapped());
    }
}
