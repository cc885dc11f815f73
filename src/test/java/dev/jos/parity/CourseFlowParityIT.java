package dev.jos.parity;

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
 * The course's practice: an operator (admin role) and a normal user (member role) on
 * practice-project, then working as each of them with the course's openrc files. jos and OSC
 * each build their own copy (names {@code <run>-jos-...} and {@code <run>-osc-...}, equally
 * long so tables keep their widths); outputs about the two copies are compared with each
 * side's names and ids mapped to common placeholders, and outputs about one copy are compared
 * as they are.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CourseFlowParityIT extends LabParity {
    private static final String JOS = Sides.JOS;
    private static final String OSC = Sides.OSC;

    private Sides copies;

    private String name(String side, String base) {
        return copies.name(side, base);
    }

    private String operator(String side) {
        return name(side, "operator");
    }

    private String normalUser(String side) {
        return name(side, "normal-user");
    }

    private String project(String side) {
        return name(side, "practice-project");
    }

    private String role(String side) {
        return name(side, "x");
    }

    /** The course's operator.sh for one side's copy. */
    private Map<String, String> operatorRc(String side) {
        return Lab.courseRc(operator(side), "123", project(side), "operator", true);
    }

    /** The course's normal.sh (no OS_AUTH_PLUGIN, OS_TENANT_NAME=admin) for one side's copy. */
    private Map<String, String> normalRc(String side) {
        return Lab.courseRc(normalUser(side), "123", project(side), "admin", false);
    }

    @BeforeAll
    void lab() {
        copies = new Sides(h, admin);
        copies.sweepStale();
    }

    @AfterAll
    void cleanUp() {
        if (h == null) {
            return;
        }
        copies.deleteQuietly("role", "x", "y", "w");
        copies.deleteQuietly("user", "operator", "normal-user");
        copies.deleteQuietly("project", "practice-project");
    }

    private void refreshIds(String... kinds) {
        copies.refreshIds(kinds);
    }

    private Pair sides(Map<String, String> josRc, Map<String, String> oscRc, Sides.Args args) {
        return copies.run(josRc, oscRc, args);
    }

    private Pair sides(Map<String, String> rc, Sides.Args args) {
        return copies.run(rc, args);
    }

    private static void oscExit(Pair p, int expected) {
        Sides.oscExit(p, expected);
    }

    // ---- the course, as admin -------------------------------------------------------

    @Test
    @Order(1)
    void userCreate() {
        Pair op = sides(admin, s -> List.of("user", "create", "--domain", "default", "--password", "123", operator(s)));
        Pair normal = sides(admin,
                s -> List.of("user", "create", "--domain", "default", "--password", "123", normalUser(s)));
        oscExit(op, 0);
        oscExit(normal, 0);
        refreshIds("user");
        h.assertParity(op, Compare.mapped());
        h.assertParity(normal, Compare.mapped());
    }

    @Test
    @Order(2)
    void projectCreate() {
        Pair p = sides(admin, s -> List.of("project", "create", project(s)));
        oscExit(p, 0);
        refreshIds("project");
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(3)
    void roleAdd() {
        Pair op = sides(admin, s -> List.of("role", "add", "--project", project(s), "--user", operator(s), "admin"));
        Pair normal = sides(admin,
                s -> List.of("role", "add", "--project", project(s), "--user", normalUser(s), "member"));
        oscExit(op, 0);
        oscExit(normal, 0);
        h.assertParity(op, Compare.mapped());
        h.assertParity(normal, Compare.mapped());
    }

    @Test
    @Order(4)
    void roleAssignmentListOfEachCopy() {
        for (String side : List.of(JOS, OSC)) {
            Pair p = h.parity(admin, "role", "assignment", "list", "--project", project(side), "--names");
            oscExit(p, 0);
        }
    }

    @Test
    @Order(5)
    void roleAssignmentListCopiesAlike() {
        Pair p = sides(admin, s -> List.of("role", "assignment", "list", "--project", project(s), "--names"));
        // the two rows come in the server's order, which follows the random user ids
        h.assertParity(p, Compare.mapped().sortingStdoutLines());
    }

    @Test
    @Order(6)
    void roleAssignmentListIds() {
        Pair p = sides(admin, s -> List.of("role", "assignment", "list", "--project", project(s), "-f", "value"));
        h.assertParity(p, Compare.mapped().sortingStdoutLines());
    }

    @Test
    @Order(7)
    void userCreateOrShow() {
        Pair p = sides(admin,
                s -> List.of("user", "create", "--or-show", "--domain", "default", "--password", "123", operator(s)));
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(8)
    void userCreateDuplicate() {
        Pair p = sides(admin, s -> List.of("user", "create", "--domain", "default", "--password", "123", operator(s)));
        oscExit(p, 1);
        h.assertParity(p, Compare.mapped());
    }

    // ---- as the operator and the normal user, with the course's openrc -------------------

    @Test
    @Order(10)
    void operatorTokenIssue() {
        Pair p = sides(operatorRc(JOS), operatorRc(OSC), s -> List.of("token", "issue", "-c", "project_id", "-c",
                "user_id", "-f", "value"));
        oscExit(p, 0);
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(11)
    void operatorTokenIssueTable() {
        Pair p = sides(operatorRc(JOS), operatorRc(OSC), s -> List.of("token", "issue"));
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(12)
    void operatorUserList() {
        Pair p = sides(operatorRc(JOS), operatorRc(OSC), s -> List.of("user", "list"));
        oscExit(p, 0);
        h.assertParity(p, Compare.exact());
    }

    @Test
    @Order(13)
    void operatorProjectList() {
        Pair p = sides(operatorRc(JOS), operatorRc(OSC), s -> List.of("project", "list"));
        h.assertParity(p, Compare.exact());
    }

    @Test
    @Order(14)
    void normalUserUserListForbidden() {
        Pair p = sides(normalRc(JOS), normalRc(OSC), s -> List.of("user", "list"));
        oscExit(p, 1);
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(15)
    void normalUserTokenIssue() {
        Pair p = sides(normalRc(JOS), normalRc(OSC), s -> List.of("token", "issue", "-f", "json"));
        oscExit(p, 0);
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(16)
    void normalUserProjectList() {
        Pair p = sides(normalRc(JOS), normalRc(OSC), s -> List.of("project", "list"));
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(17)
    void normalUserRoleAssignmentsOfSelf() {
        Pair p = sides(normalRc(JOS), normalRc(OSC), s -> List.of("role", "assignment", "list", "--auth-user",
                "--names"));
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(18)
    void roleAssignmentListUnknownUser() {
        Pair p = sides(operatorRc(JOS), operatorRc(OSC), s -> List.of("role", "assignment", "list", "--names",
                "--user", "nobody"));
        oscExit(p, 1);
        h.assertParity(p, Compare.exact());
    }

    @Test
    @Order(20)
    void roleCreate() {
        Pair p = sides(operatorRc(JOS), operatorRc(OSC), s -> List.of("role", "create", role(s)));
        oscExit(p, 0);
        refreshIds("role");
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(21)
    void roleShow() {
        Pair p = sides(operatorRc(JOS), operatorRc(OSC), s -> List.of("role", "show", role(s)));
        oscExit(p, 0);
        h.assertParity(p, Compare.mapped());
        h.parity(operatorRc(JOS), "role", "show", role(OSC));
    }

    @Test
    @Order(22)
    void roleSetDescription() {
        Pair set = sides(operatorRc(JOS), operatorRc(OSC), s -> List.of("role", "set", "--description",
                "can list", role(s)));
        oscExit(set, 0);
        h.assertParity(set, Compare.mapped());
        Pair show = sides(admin, s -> List.of("role", "show", role(s), "-f", "json"));
        h.assertParity(show, Compare.mapped());
    }

    @Test
    @Order(23)
    void roleSetName() {
        Pair create = sides(admin, s -> List.of("role", "create", "--description", "to rename", name(s, "w")));
        oscExit(create, 0);
        Pair rename = sides(admin, s -> List.of("role", "set", "--name", name(s, "y"), name(s, "w")));
        oscExit(rename, 0);
        refreshIds("role");
        h.assertParity(create, Compare.mapped());
        h.assertParity(rename, Compare.mapped());
        Pair show = sides(admin, s -> List.of("role", "show", name(s, "y")));
        h.assertParity(show, Compare.mapped());
    }

    @Test
    @Order(24)
    void roleDeleteOneMissing() {
        Pair p = sides(operatorRc(JOS), operatorRc(OSC), s -> List.of("role", "delete", role(s), name(s, "ghost")));
        oscExit(p, 1);
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(25)
    void roleDeleteTwo() {
        Pair p = sides(admin, s -> List.of("role", "delete", name(s, "y")));
        oscExit(p, 0);
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(30)
    void userSetDescription() {
        Pair set = sides(operatorRc(JOS), operatorRc(OSC), s -> List.of("user", "set", "--description",
                "Practice operator", "--email", "op@example.org", operator(s)));
        oscExit(set, 0);
        h.assertParity(set, Compare.mapped());
        Pair show = sides(admin, s -> List.of("user", "show", operator(s)));
        h.assertParity(show, Compare.mapped());
        h.parity(admin, "user", "show", operator(JOS), "-f", "json");
        // OSC lists a project's users by iterating a Python set of ids: the row order is random
        h.parity(Compare.exact().sortingStdoutLines(), admin, "user", "list", "--project", project(JOS), "--long");
    }

    @Test
    @Order(31)
    void projectSetProperty() {
        Pair set = sides(operatorRc(JOS), operatorRc(OSC), s -> List.of("project", "set", "--property",
                "course=practice", "--description", "Practice project", project(s)));
        oscExit(set, 0);
        h.assertParity(set, Compare.mapped());
        Pair show = sides(admin, s -> List.of("project", "show", project(s)));
        h.assertParity(show, Compare.mapped());
        h.parity(admin, "project", "show", project(JOS), "-f", "yaml");
        h.parity(admin, "project", "show", project(OSC), "-f", "shell");
    }

    @Test
    @Order(32)
    void userSetDisableAndEnable() {
        Pair off = sides(admin, s -> List.of("user", "set", "--disable", normalUser(s)));
        oscExit(off, 0);
        h.assertParity(off, Compare.mapped());
        Pair listed = sides(admin, s -> List.of("user", "list", "--project", project(s), "--long", "-f", "value"));
        h.assertParity(listed, Compare.mapped().sortingStdoutLines());
        Pair on = sides(admin, s -> List.of("user", "set", "--enable", normalUser(s)));
        h.assertParity(on, Compare.mapped());
    }

    @Test
    @Order(40)
    void operatorCatalogList() {
        Pair p = sides(operatorRc(JOS), operatorRc(OSC), s -> List.of("catalog", "list"));
        oscExit(p, 0);
        h.assertParity(p, Compare.exact());
    }

    @Test
    @Order(41)
    void operatorCatalogShowCompute() {
        Pair p = sides(operatorRc(JOS), operatorRc(OSC), s -> List.of("catalog", "show", "compute"));
        h.assertParity(p, Compare.exact());
    }

    @Test
    @Order(42)
    void operatorCatalogShowMissing() {
        Pair p = sides(operatorRc(JOS), operatorRc(OSC), s -> List.of("catalog", "show", "nope"));
        h.assertParity(p, Compare.exact());
    }

    // ---- taking it apart ------------------------------------------------------------

    @Test
    @Order(50)
    void roleRemove() {
        Pair p = sides(admin, s -> List.of("role", "remove", "--project", project(s), "--user", normalUser(s),
                "member"));
        oscExit(p, 0);
        h.assertParity(p, Compare.mapped());
        Pair again = sides(admin, s -> List.of("role", "remove", "--project", project(s), "--user", normalUser(s),
                "member"));
        oscExit(again, 1);
        h.assertParity(again, Compare.mapped());
        Pair list = sides(admin, s -> List.of("role", "assignment", "list", "--project", project(s), "--names"));
        h.assertParity(list, Compare.mapped());
    }

    @Test
    @Order(51)
    void userDelete() {
        Pair p = sides(admin, s -> List.of("user", "delete", operator(s), normalUser(s)));
        oscExit(p, 0);
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(52)
    void projectDelete() {
        Pair p = sides(admin, s -> List.of("project", "delete", project(s), name(s, "ghost")));
        oscExit(p, 1);
        h.assertParity(p, Compare.mapped());
    }
}
