package dev.jos.parity;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.jos.parity.ParityHarness.Compare;

/**
 * Read-only commands on the lab's own objects, as admin and as the non-admin demo user. Both
 * tools see the same objects, so only tokens, request ids and timestamps are normalized.
 */
class IdentityReadParityIT extends LabParity {
    private Map<String, String> demo;

    @BeforeAll
    void lab() {
        demo = Lab.demoRc();
    }

    @Test
    void roleList() {
        h.parity(admin, "role", "list");
    }

    @Test
    void userList() {
        h.parity(admin, "user", "list");
    }

    @Test
    void userListLong() {
        h.parity(admin, "user", "list", "--long");
    }

    @Test
    void userListInDomain() {
        h.parity(admin, "user", "list", "--domain", "default");
    }

    @Test
    void userListOfProject() {
        // OSC lists a project's users by iterating a Python set of ids: the row order is random
        h.parity(Compare.exact().sortingStdoutLines(), admin, "user", "list", "--project", "demo");
    }

    @Test
    void projectList() {
        h.parity(admin, "project", "list");
    }

    @Test
    void projectListLong() {
        h.parity(admin, "project", "list", "--long");
    }

    @Test
    void projectListOfUser() {
        h.parity(admin, "project", "list", "--user", "demo");
    }

    @Test
    void projectListMyProjects() {
        h.parity(admin, "project", "list", "--my-projects");
    }

    @Test
    void demoUserListForbidden() {
        h.parity(demo, "user", "list");
    }

    @Test
    void demoProjectList() {
        h.parity(demo, "project", "list");
    }

    @Test
    void demoRoleListForbidden() {
        h.parity(demo, "role", "list");
    }

    @Test
    void demoUserShowSelf() {
        h.parity(demo, "user", "show", "demo");
    }

    @Test
    void demoProjectShowOwn() {
        h.parity(demo, "project", "show", "demo");
    }

    @Test
    void userShowAdmin() {
        h.parity(admin, "user", "show", "admin");
    }

    @Test
    void userShowAdminStableColumns() {
        h.parity(admin, "user", "show", "admin", "-c", "name", "-c", "enabled", "-c", "domain_id");
    }

    @Test
    void userShowByDomain() {
        h.parity(admin, "user", "show", "--domain", "default", "demo");
    }

    @Test
    void projectShowAdmin() {
        h.parity(admin, "project", "show", "admin");
    }

    @Test
    void projectShowByDomain() {
        h.parity(admin, "project", "show", "--domain", "default", "demo");
    }

    @Test
    void roleShowMember() {
        h.parity(admin, "role", "show", "member");
    }

    @Test
    void roleShowReader() {
        h.parity(admin, "role", "show", "reader");
    }

    @Test
    void tokenIssueJson() {
        h.parity(admin, "token", "issue", "-f", "json");
    }

    @Test
    void tokenIssueTable() {
        h.parity(admin, "token", "issue");
    }

    @Test
    void tokenIssueIds() {
        h.parity(admin, "token", "issue", "-c", "project_id", "-c", "user_id", "-f", "value");
    }

    @Test
    void demoTokenIssue() {
        h.parity(demo, "token", "issue", "-f", "yaml");
    }

    @Test
    void catalogList() {
        h.parity(admin, "catalog", "list");
    }

    @Test
    void demoCatalogList() {
        h.parity(demo, "catalog", "list");
    }

    @Test
    void catalogShowCompute() {
        h.parity(admin, "catalog", "show", "compute");
    }

    @Test
    void catalogShowByName() {
        h.parity(admin, "catalog", "show", "keystone");
    }

    @Test
    void catalogShowMissing() {
        h.parity(admin, "catalog", "show", "nope");
    }

    @Test
    void roleAssignmentList() {
        h.parity(admin, "role", "assignment", "list");
    }

    @Test
    void roleAssignmentListNames() {
        h.parity(admin, "role", "assignment", "list", "--names");
    }

    @Test
    void roleAssignmentListUserProject() {
        h.parity(admin, "role", "assignment", "list", "--user", "admin", "--project", "admin", "--names");
    }

    @Test
    void roleAssignmentListWithDomains() {
        h.parity(admin, "role", "assignment", "list", "--user", "demo", "--user-domain", "default",
                "--project", "demo", "--project-domain", "default");
    }

    @Test
    void roleAssignmentListRole() {
        h.parity(admin, "role", "assignment", "list", "--role", "admin", "--names");
    }

    @Test
    void roleAssignmentListEffective() {
        h.parity(admin, "role", "assignment", "list", "--effective", "--names");
    }

    @Test
    void roleAssignmentListEffectiveUser() {
        h.parity(admin, "role", "assignment", "list", "--effective", "--user", "demo");
    }

    @Test
    void roleAssignmentListSystem() {
        h.parity(admin, "role", "assignment", "list", "--system", "all", "--names");
    }

    @Test
    void roleAssignmentListDomain() {
        h.parity(admin, "role", "assignment", "list", "--domain", "default");
    }

    @Test
    void roleAssignmentListInherited() {
        h.parity(admin, "role", "assignment", "list", "--inherited");
    }

    @Test
    void roleAssignmentListAuthUserProject() {
        h.parity(admin, "role", "assignment", "list", "--auth-user", "--auth-project", "--names");
    }

    @Test
    void demoRoleAssignmentListAuthUser() {
        h.parity(demo, "role", "assignment", "list", "--auth-user", "--names");
    }

    @Test
    void roleAssignmentListGroupMissing() {
        h.parity(admin, "role", "assignment", "list", "--group", "no-such-group");
    }

    @Test
    void roleAssignmentListRoleDomainMissing() {
        h.parity(admin, "role", "assignment", "list", "--role", "member", "--role-domain", "no-such-domain");
    }
}
