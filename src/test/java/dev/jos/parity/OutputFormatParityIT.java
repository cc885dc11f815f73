package dev.jos.parity;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** cliff's output options on lists and on single records, on the lab's stable objects. */
class OutputFormatParityIT extends LabParity {

    // ---- lists ------------------------------------------------------------------------

    @Test
    void listJson() {
        h.parity(admin, "role", "list", "-f", "json");
    }

    @Test
    void listJsonNoindent() {
        h.parity(admin, "role", "list", "-f", "json", "--noindent");
    }

    @Test
    void listYaml() {
        h.parity(admin, "user", "list", "-f", "yaml");
    }

    @Test
    void listValue() {
        h.parity(admin, "project", "list", "-f", "value");
    }

    @Test
    void listCsv() {
        h.parity(admin, "role", "list", "-f", "csv");
    }

    @Test
    void listCsvQuoteAll() {
        h.parity(admin, "project", "list", "--long", "-f", "csv", "--quote", "all");
    }

    @Test
    void listCsvQuoteNone() {
        h.parity(admin, "project", "list", "--long", "-f", "csv", "--quote", "none");
    }

    @Test
    void listCsvQuoteNonnumeric() {
        h.parity(admin, "project", "list", "--long", "-f", "csv", "--quote", "nonnumeric");
    }

    @Test
    void listOneColumn() {
        h.parity(admin, "role", "list", "-c", "Name");
    }

    @Test
    void listColumnsValue() {
        h.parity(admin, "user", "list", "-c", "Name", "-c", "ID", "-f", "value");
    }

    @Test
    void listLongColumns() {
        h.parity(admin, "user", "list", "--long", "-c", "Name", "-c", "Enabled", "-c", "Domain");
    }

    @Test
    void listSortDescending() {
        h.parity(admin, "role", "list", "--sort-column", "Name", "--sort-descending");
    }

    @Test
    void listSortAscending() {
        h.parity(admin, "user", "list", "--sort-column", "Name", "--sort-ascending");
    }

    @Test
    void listSortDefaultDirection() {
        h.parity(admin, "project", "list", "--sort-column", "Name");
    }

    @Test
    void listSortTwoColumns() {
        h.parity(admin, "project", "list", "--long", "--sort-column", "Domain ID", "--sort-column", "Name",
                "--sort-descending");
    }

    @Test
    void listMaxWidth() {
        h.parity(admin, "user", "list", "--max-width", "20");
    }

    @Test
    void listMaxWidthWideTable() {
        h.parity(admin, "project", "list", "--long", "--max-width", "50");
    }

    @Test
    void listFitWidth() {
        h.parity(admin, "user", "list", "--fit-width");
    }

    @Test
    void listPrintEmpty() {
        h.parity(admin, "role", "assignment", "list", "--user", "demo", "--project", "admin", "--print-empty");
    }

    @Test
    void listEmptyWithoutPrintEmpty() {
        h.parity(admin, "role", "assignment", "list", "--user", "demo", "--project", "admin");
    }

    @Test
    void listEmptyJson() {
        h.parity(admin, "role", "assignment", "list", "--user", "demo", "--project", "admin", "-f", "json");
    }

    @Test
    void listEmptyCsvPrintEmpty() {
        h.parity(admin, "role", "assignment", "list", "--user", "demo", "--project", "admin", "-f", "csv",
                "--print-empty");
    }

    @Test
    void catalogListJson() {
        h.parity(admin, "catalog", "list", "-f", "json");
    }

    @Test
    void catalogListYaml() {
        h.parity(admin, "catalog", "list", "-f", "yaml");
    }

    @Test
    void catalogListValue() {
        h.parity(admin, "catalog", "list", "-f", "value");
    }

    @Test
    void catalogListCsv() {
        h.parity(admin, "catalog", "list", "-f", "csv");
    }

    @Test
    void roleAssignmentListNamesJson() {
        h.parity(admin, "role", "assignment", "list", "--names", "-f", "json");
    }

    // ---- single records ---------------------------------------------------------------

    @Test
    void showJson() {
        h.parity(admin, "user", "show", "admin", "-f", "json");
    }

    @Test
    void showJsonNoindent() {
        h.parity(admin, "project", "show", "admin", "-f", "json", "--noindent");
    }

    @Test
    void showYaml() {
        h.parity(admin, "project", "show", "admin", "-f", "yaml");
    }

    @Test
    void showValue() {
        h.parity(admin, "role", "show", "member", "-f", "value");
    }

    @Test
    void showShell() {
        h.parity(admin, "project", "show", "admin", "-f", "shell");
    }

    @Test
    void showShellPrefix() {
        h.parity(admin, "user", "show", "admin", "-f", "shell", "--prefix", "os_");
    }

    @Test
    void showColumns() {
        h.parity(admin, "project", "show", "admin", "-c", "name", "-c", "id");
    }

    @Test
    void showRoleOptionsJson() {
        h.parity(admin, "role", "show", "member", "-f", "json");
    }

    @Test
    void showRoleOptionsYaml() {
        h.parity(admin, "role", "show", "admin", "-f", "yaml");
    }

    @Test
    void showMaxWidth() {
        h.parity(admin, "project", "show", "admin", "--max-width", "30");
    }

    @Test
    void showPrintEmpty() {
        h.parity(admin, "catalog", "show", "nope", "--print-empty");
    }

    @Test
    void catalogShowJson() {
        h.parity(admin, "catalog", "show", "compute", "-f", "json");
    }

    @Test
    void catalogShowShell() {
        h.parity(admin, "catalog", "show", "identity", "-f", "shell");
    }

    @Test
    void catalogShowValue() {
        h.parity(admin, "catalog", "show", "image", "-f", "value");
    }

    @Test
    void tokenIssueShell() {
        h.parity(admin, "token", "issue", "-f", "shell", "-c", "project_id", "-c", "user_id");
    }
}
