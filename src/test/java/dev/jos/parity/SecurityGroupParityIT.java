package dev.jos.parity;

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
 * The security group commands against OSC on the lab: create (default description, stateless,
 * tags), show in each format (the trimmed rules), list by this run's tag, set, and bad input
 * (unknown and duplicate names, exclusive options, a bulk delete that partly fails).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityGroupParityIT extends LabParity {
    private static final String KIND = "security group";
    private static final List<String> ALL = List.of("web", "db", "renamed");
    /** A table's every field but rules, whose two lines come in neutron's arbitrary order (compared apart, sorted). */
    private static final List<String> NO_RULES = List.of("-c", "created_at", "-c", "description", "-c", "id", "-c", "name",
            "-c", "project_id", "-c", "revision_number", "-c", "stateful", "-c", "tags", "-c", "updated_at");

    private static List<String> cat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private Sides copies;

    private String n(String side, String base) {
        return copies.name(side, base);
    }

    @BeforeAll
    void lab() {
        copies = new Sides(h, admin);
    }

    @AfterAll
    void cleanUp() {
        if (h != null) {
            copies.deleteQuietly(KIND, ALL.toArray(String[]::new));
        }
    }

    private Pair mapped(int oscExit, Sides.Args args) {
        return mapped(oscExit, args, Compare.mapped().indexingUnknownIds());
    }

    private Pair mapped(int oscExit, Sides.Args args, Compare how) {
        Pair p = copies.run(admin, args);
        Sides.oscExit(p, oscExit);
        copies.refreshIds(KIND);
        h.assertParity(p, how);
        return p;
    }

    /** A group with its rules: neutron lists a new group's two egress rules in either order. */
    private Pair withRules(Sides.Args args) {
        return mapped(0, args, Compare.mapped().indexingUnknownIds().sortingStdoutLines());
    }

    /** This run's own tag, so a list shows only this run's groups of this side. */
    private String tag(String side) {
        return n(side, "tag");
    }

    @Test
    @Order(1)
    void create() {
        mapped(0, s -> cat(List.of("security", "group", "create", n(s, "web")), NO_RULES));
        withRules(s -> List.of("security", "group", "create", "--description", "the database", "--stateless",
                "--tag", tag(s), "--tag", "a", n(s, "db"), "-f", "json"));
    }

    @Test
    @Order(2)
    void showAndList() {
        mapped(0, s -> cat(List.of("security", "group", "show", n(s, "web")), NO_RULES));
        // the rules in yaml, a line per key (compared sorted); `-c rules -f value` would put both rules
        // on one line in neutron's arbitrary order, which no sorting can line up
        withRules(s -> List.of("security", "group", "show", n(s, "db"), "-f", "yaml"));
        mapped(0, s -> List.of("security", "group", "list", "--tags", tag(s)));
        mapped(0, s -> List.of("security", "group", "list", "--tags", tag(s) + ",a", "--project", "admin", "-f", "csv"));
    }

    @Test
    @Order(3)
    void set() {
        mapped(0, s -> List.of("security", "group", "set", "--name", n(s, "renamed"), "--description", "", "--stateful",
                "--no-tag", "--tag", tag(s), n(s, "db")));
        withRules(s -> List.of("security", "group", "show", n(s, "renamed"), "-f", "json"));
    }

    @Test
    @Order(4)
    void rules() {
        mapped(0, s -> List.of("security", "group", "rule", "create", "--protocol", "tcp", "--dst-port", "22:23", n(s, "web"),
                "-f", "json"));
        mapped(0, s -> List.of("security", "group", "rule", "create", "--protocol", "ICMP", "--icmp-type", "8", "--egress",
                n(s, "web")));
        mapped(0, s -> List.of("security", "group", "rule", "create", "--ethertype", "ipv6", "--remote-ip", "::1/128",
                "--description", "hi", "--remote-ip", "::1/128", n(s, "web"), "-f", "yaml"));
        // the group's rules (its two default egress ones too) in neutron's order, which follows the random ids
        mapped(0, s -> List.of("security", "group", "rule", "list", n(s, "web"), "-c", "IP Protocol", "-c", "Ethertype",
                "-c", "IP Range", "-c", "Port Range", "-c", "Direction", "-c", "Remote Security Group", "-f", "value"),
                Compare.mapped().sortingStdoutLines());
        mapped(0, s -> List.of("security", "group", "rule", "list", n(s, "web"), "--egress", "--protocol", "icmp", "--long"));
        mapped(1, s -> List.of("security", "group", "rule", "create", "--icmp-code", "3", n(s, "web")));
        mapped(2, s -> List.of("security", "group", "rule", "create", "--dst-port", "5:3", n(s, "web")));
        mapped(2, s -> List.of("security", "group", "rule", "create", "--ethertype", "ipv5", n(s, "web")));
        mapped(1, s -> List.of("security", "group", "rule", "create", "--protocol", "tcp", "--icmp-type", "3", n(s, "web")));
        mapped(1, s -> List.of("security", "group", "rule", "create", "--remote-group", "nope-jos-group", n(s, "web")));
        mapped(1, s -> List.of("security", "group", "rule", "show", "nope-jos-rule"));
        mapped(1, s -> List.of("security", "group", "rule", "delete", "nope-jos-rule", "nope-jos-rule2"));
    }

    @Test
    @Order(5)
    void badInput() {
        mapped(1, s -> List.of("security", "group", "show", "nope-jos-group"));
        mapped(1, s -> List.of("security", "group", "set", "--name", "x", "nope-jos-group"));
        mapped(2, s -> List.of("security", "group", "create", "--stateful", "--stateless", n(s, "x")));
        // every project has a group named default: the SDK's duplicate message
        mapped(1, s -> List.of("security", "group", "show", "default"));
        mapped(1, s -> List.of("security", "group", "delete", n(s, "web"), "nope-jos-group"));
        mapped(0, s -> List.of("security", "group", "delete", n(s, "renamed")));
    }
}
