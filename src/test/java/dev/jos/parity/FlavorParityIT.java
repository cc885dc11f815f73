package dev.jos.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.jos.parity.ParityHarness.Compare;
import dev.jos.parity.ParityHarness.Pair;

/**
 * The flavor commands against OSC on the lab: the course's commands, every create/set/unset
 * option, show and list in each format, bad input (unknown and duplicate names, negative and
 * non-numeric sizes, option conflicts, names with a space or a slash), a non-admin's 403 and a
 * bulk delete. Each tool creates and changes its own flavors (see {@link Sides}); their random
 * ids are mapped to common names.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlavorParityIT extends LabParity {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ALL = List.of("mini-flavor", "demo-disk", "priv", "neg", "forbidden", "sp ace",
            "sl/ash", "nope");

    private Sides copies;
    private Map<String, String> demo;

    private String n(String side, String base) {
        return copies.name(side, base);
    }

    @BeforeAll
    void lab() {
        copies = new Sides(h, admin);
        demo = Lab.demoRc();
    }

    @AfterAll
    void cleanUp() {
        if (h != null) {
            copies.deleteQuietly("flavor", ALL.toArray(String[]::new));
        }
    }

    /** Both sides' flavors' ids to "flavor:<base>", from OSC's list of every flavor. */
    private void refreshIds() {
        try {
            JsonNode rows = JSON.readTree(h.oscOk(admin, "flavor", "list", "--all", "-f", "json").stdout());
            for (JsonNode row : rows) {
                String name = row.path("Name").asText();
                for (String side : Sides.BOTH) {
                    String prefix = n(side, "");
                    if (name.startsWith(prefix)) {
                        h.knownId(row.path("ID").asText(), "flavor:" + name.substring(prefix.length()));
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Pair both(Map<String, String> rc, Sides.Args args) {
        return copies.run(rc, args);
    }

    private Pair mapped(Map<String, String> rc, int oscExit, Sides.Args args) {
        Pair p = both(rc, args);
        Sides.oscExit(p, oscExit);
        h.assertParity(p, Compare.mapped());
        return p;
    }

    /** A create: the new flavors' ids are looked up before comparing, as both outputs show them. */
    private void created(Map<String, String> rc, Sides.Args args) {
        Pair p = both(rc, args);
        Sides.oscExit(p, 0);
        refreshIds();
        h.assertParity(p, Compare.mapped());
    }

    private void show(String base, String... format) {
        mapped(admin, 0, s -> {
            List<String> a = new ArrayList<>(List.of("flavor", "show", n(s, base)));
            a.addAll(List.of(format));
            return a;
        });
    }

    @Test
    @Order(1)
    void courseCreates() {
        created(admin, s -> List.of("flavor", "create", "--ram", "512", "--disk", "1", "--vcpus", "1", n(s, "mini-flavor")));
        created(admin, s -> List.of("flavor", "create", "--ram", "1024", "--disk", "10", "--vcpus", "1", "--ephemeral", "1",
                "--swap", "12", n(s, "demo-disk")));
    }

    @Test
    @Order(2)
    void createPrivateWithEverything() {
        created(admin, s -> List.of("flavor", "create", "--private", "--project", "demo", "--project-domain", "default",
                "--property", "a=b", "--property", "c=d e, f", "--description", "실습 \"quoted\" it's", "--rxtx-factor", "1.5",
                "--id", n(s, "priv"), "-f", "json", n(s, "priv")));
        created(admin, s -> List.of("flavor", "create", "--vcpus", "2", n(s, "sp ace")));
        created(admin, s -> List.of("flavor", "create", "-f", "yaml", n(s, "sl/ash")));
    }

    @Test
    @Order(3)
    void createBadInput() {
        // nova's 409s for a name and an id taken, its 400 for a negative size
        mapped(admin, 1, s -> List.of("flavor", "create", n(s, "mini-flavor")));
        mapped(admin, 1, s -> List.of("flavor", "create", "--id", n(s, "priv"), n(s, "neg")));
        mapped(admin, 1, s -> List.of("flavor", "create", "--ram", "-1", n(s, "neg")));
        mapped(admin, 1, s -> List.of("flavor", "create", "--disk", "-5", "--swap", "-1", n(s, "neg")));
        // OSC's own checks, before any request
        mapped(admin, 1, s -> List.of("flavor", "create", "--project", "demo", n(s, "neg")));
        mapped(admin, 1, s -> List.of("flavor", "create", "--property", "novalue", n(s, "neg")));
        mapped(admin, 1, s -> List.of("flavor", "create", "--property", "=v", n(s, "neg")));
        h.parity(admin, "flavor", "create", "--ram", "x", "bad");
        h.parity(admin, "flavor", "create", "--rxtx-factor", "fast", "bad");
        h.parity(admin, "flavor", "create", "--vcpus", "1.5", "bad");
        h.parity(admin, "flavor", "create", "--public", "--private", "bad");
        h.parity(admin, "flavor", "create");
        h.parity(admin, "flavor", "create", "--os-compute-api-version", "2.50", "--description", "d", "bad");
    }

    @Test
    @Order(4)
    void nonAdminCreateIsForbidden() {
        mapped(demo, 1, s -> List.of("flavor", "create", n(s, "forbidden")));
    }

    @Test
    @Order(5)
    void showInEveryFormat() {
        show("mini-flavor");
        show("demo-disk");
        show("priv");
        show("priv", "-f", "json");
        show("priv", "-f", "yaml");
        show("priv", "-f", "shell");
        show("priv", "-f", "value");
        show("mini-flavor", "-f", "json", "--noindent");
        show("priv", "-c", "properties", "-c", "access_project_ids", "--max-width", "20");
        show("sp ace");
        show("sl/ash", "-f", "json");
        // the course's show, of a flavor the lab may not have
        h.parity(admin, "flavor", "show", "demo-flavor");
        h.parity(admin, "flavor", "show", "no such/flavor");
        h.parity(admin, "flavor", "show");
        // a member of demo may see the private flavor (demo has access) and its access list
        mapped(demo, 0, s -> List.of("flavor", "show", n(s, "priv")));
    }

    @Test
    @Order(6)
    void listsSeeTheSameCloud() {
        // both tools list the same flavors (their own and the other's) at the same time
        h.parity(admin, "flavor", "list", "--all");
        h.parity(admin, "flavor", "list");
        h.parity(admin, "flavor", "list", "--private", "--long");
        h.parity(admin, "flavor", "list", "--all", "--long", "-f", "json");
        h.parity(admin, "flavor", "list", "--all", "--long", "-f", "yaml");
        h.parity(admin, "flavor", "list", "--all", "--long", "-f", "csv");
        h.parity(admin, "flavor", "list", "--all", "-f", "value", "--sort-column", "Name");
        h.parity(admin, "flavor", "list", "--all", "--min-ram", "1000", "--min-disk", "5");
        h.parity(admin, "flavor", "list", "--all", "--limit", "1");
        h.parity(admin, "flavor", "list", "--all", "--marker", "no-such-id");
        h.parity(admin, "flavor", "list", "--limit", "-1");
        h.parity(admin, "flavor", "list", "--limit", "x");
        h.parity(admin, "flavor", "list", "--all", "--private");
        h.parity(demo, "flavor", "list", "--all", "--long");
    }

    @Test
    @Order(7)
    void setEverything() {
        mapped(admin, 0, s -> List.of("flavor", "set", "--description", "new one", "--no-property", "--property", "z=1",
                "--property", "y=2", n(s, "priv")));
        show("priv", "-f", "json");
        mapped(admin, 0, s -> List.of("flavor", "set", "--project", "admin", "--project-domain", "default", n(s, "priv")));
        show("priv", "-c", "access_project_ids", "-f", "json");
        // failures each logged, then one error
        mapped(admin, 1, s -> List.of("flavor", "set", "--project", "demo", n(s, "mini-flavor")));
        mapped(admin, 1, s -> List.of("flavor", "set", "--project", "no-such-project", n(s, "priv")));
        mapped(admin, 1, s -> List.of("flavor", "set", "--os-compute-api-version", "2.50", "--description", "d", n(s, "priv")));
        mapped(admin, 1, s -> List.of("flavor", "set", "--property", "k=v", n(s, "nope")));
        mapped(demo, 1, s -> List.of("flavor", "set", "--property", "k=v", n(s, "mini-flavor")));
        mapped(admin, 0, s -> List.of("flavor", "set", "--property", "hw:cpu_policy=dedicated", n(s, "sl/ash")));
        show("sl/ash", "-c", "properties");
    }

    @Test
    @Order(8)
    void unsetEverything() {
        mapped(admin, 1, s -> List.of("flavor", "unset", "--property", "z", "--property", "nokey", "--project", "admin",
                n(s, "priv")));
        show("priv", "-f", "yaml");
        mapped(admin, 0, s -> List.of("flavor", "unset", "--property", "hw:cpu_policy", n(s, "sl/ash")));
        mapped(admin, 1, s -> List.of("flavor", "unset", "--project", "demo", n(s, "mini-flavor")));
        mapped(admin, 1, s -> List.of("flavor", "unset", "--property", "a", n(s, "nope")));
    }

    @Test
    @Order(9)
    void deletes() {
        mapped(demo, 1, s -> List.of("flavor", "delete", n(s, "sp ace")));
        mapped(admin, 1, s -> List.of("flavor", "delete", n(s, "mini-flavor"), n(s, "nope"), n(s, "demo-disk")));
        mapped(admin, 0, s -> List.of("flavor", "delete", n(s, "sp ace"), n(s, "sl/ash"), n(s, "priv")));
        h.parity(admin, "flavor", "delete");
    }
}
