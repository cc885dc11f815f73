package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The parity harness's own pieces, without the lab: normalizing must hide only what varies. */
class NormalizerTest {
    private static final String TABLE_A = """
            +------------+----------------------------------+
            | Field      | Value                            |
            +------------+----------------------------------+
            | expires    | 2026-11-21T22:58:35+0000         |
            | project_id | 4c9985e788244d3a9399585edad4fb0e |
            +------------+----------------------------------+
            """;

    @Test
    void neutronsRowNumbersAreNormalizedInEveryFormat() {
        assertEquals("standard_attr_id='000', x\n\"standard_attr_id\": 000,\nstandard_attr_id: 0000\nrevision_number: 352",
                Normalizer.volatileValues("standard_attr_id='352', x\n\"standard_attr_id\": 353,\nstandard_attr_id: 1354\n"
                        + "revision_number: 352"));
    }

    @Test
    void timestampsKeepTheirShape() {
        String a = Normalizer.volatileValues(TABLE_A);
        String b = Normalizer.volatileValues(TABLE_A.replace("22:58:35", "23:01:02"));
        assertEquals(a, b);
        assertEquals(TABLE_A.length(), a.length());
        assertTrue(a.contains("0000-00-00T00:00:00+0000"), a);
        // another format is a difference, not a volatile value
        assertNotEquals(a, Normalizer.volatileValues(TABLE_A.replace("+0000", "Z    ")));
    }

    @Test
    void tokensAndRequestIds() {
        String a = "id gAAAAAfake-token-one_abcdefghijklmnopqrstuvwxyz0123 (Request-ID: "
                + "req-18ae06d1-d2fd-4495-ab02-a6cc13cb829b)";
        String b = "id gAAAAAfake-token-two_ABCDEFGHIJKLMNOPQRSTUVWXYZ9876 (Request-ID: "
                + "req-586a268d-3183-4a85-8359-2d5ed1fa7191)";
        assertEquals(Normalizer.volatileValues(a), Normalizer.volatileValues(b));
        assertEquals(a.length(), Normalizer.volatileValues(a).length());
    }

    @Test
    void idsAreLeftAloneUnlessAsked() {
        assertEquals(TABLE_A.replace("22:58:35", "00:00:00").replace("2026-11-21", "0000-00-00"),
                Normalizer.volatileValues(TABLE_A));
        String other = TABLE_A.replace("4c9985e788244d3a9399585edad4fb0e", "0123456789abcdef0123456789abcdef");
        assertNotEquals(Normalizer.volatileValues(TABLE_A), Normalizer.volatileValues(other));
    }

    @Test
    void knownIdsMapToNamesOfTheSameLength() {
        String a = Normalizer.ids(TABLE_A, Map.of("4c9985e788244d3a9399585edad4fb0e", "project:p"), false);
        String b = Normalizer.ids(TABLE_A.replace("4c9985e788244d3a9399585edad4fb0e",
                "0123456789abcdef0123456789abcdef"), Map.of("0123456789abcdef0123456789abcdef", "project:p"), false);
        assertEquals(a, b);
        assertTrue(a.contains("| {project:p}" + ".".repeat(21) + " |"), a);
        // an id that is not the one expected stays visible
        String c = Normalizer.ids(TABLE_A, Map.of("0123456789abcdef0123456789abcdef", "project:p"), false);
        assertNotEquals(a, c);
    }

    @Test
    void unknownIdsAreNumberedByFirstAppearance() {
        String s = "a 0123456789abcdef0123456789abcdef b ffffffffffffffffffffffffffffffff "
                + "c 0123456789abcdef0123456789abcdef d 6906bd8f-7956-4d85-ad43-87af6da739b7";
        String n = Normalizer.ids(s, Map.of(), true);
        String dots = ".".repeat(26);
        assertEquals("a {id#1}" + dots + " b {id#2}" + dots + " c {id#1}" + dots + " d {id#3}" + dots + "....", n);
        // the same shape with other ids normalizes the same; another shape does not
        assertEquals(n, Normalizer.ids(s.replace('0', '9').replace('f', 'e'), Map.of(), true));
        assertNotEquals(n, Normalizer.ids(s.replace("c 0123456789abcdef", "c 9123456789abcdef"), Map.of(), true));
    }

    @Test
    void hexInsideLongerWordsIsNotAnId() {
        String s = "x0123456789abcdef0123456789abcdef 0123456789abcdef0123456789abcdef0";
        assertEquals(s, Normalizer.ids(s, Map.of(), true));
    }

    @Test
    void usageBlocksAreDroppedButTheErrorStays() {
        String osc = """
                usage: openstack user list [-h] [-f {csv,json,table,value,yaml}] [-c COLUMN]
                                           [--quote {all,minimal,none,nonnumeric}]
                                           [--group <group> | --project <project>] [--long]
                openstack user list: error: argument --max-width: invalid int value: 'abc'
                """;
        String jos = """
                usage: jos user list [-h] [options]
                jos user list: error: argument --max-width: invalid int value: 'abc'
                """;
        assertEquals(Normalizer.renameProgram(Normalizer.stripUsage(osc)),
                Normalizer.renameProgram(Normalizer.stripUsage(jos)));
        assertEquals("jos user list: error: argument --max-width: invalid int value: 'abc'\n",
                Normalizer.renameProgram(Normalizer.stripUsage(osc)));
        String wrong = jos.replace("'abc'", "abc");
        assertNotEquals(Normalizer.stripUsage(Normalizer.renameProgram(osc)),
                Normalizer.stripUsage(Normalizer.renameProgram(wrong)));
    }

    @Test
    void programNameWithItsArticle() {
        assertEquals("jos: 'tokn' is not a jos command. See 'jos --help'.",
                Normalizer.renameProgram("openstack: 'tokn' is not an openstack command. See 'openstack --help'."));
    }

    @Test
    void literalsLongestFirst() {
        assertEquals("r-@@@-operator r-@@@-x",
                Normalizer.literals("r-jos-operator r-osc-x", Map.of("r-jos-", "r-@@@-", "r-osc-", "r-@@@-",
                        "r-", "NO")));
    }

    @Test
    void sortedLinesKeepsTheFinalNewline() {
        assertEquals("a\nb\n", Normalizer.sortedLines("b\na\n"));
        assertEquals("a\nb", Normalizer.sortedLines("b\na"));
    }

    @Test
    void diffShowsMissingNewline() {
        String d = Diff.unified("a\nb\n", "a\nb");
        assertTrue(d.contains("-b$"), d);
        assertTrue(d.contains("+b  <- no newline at end"), d);
    }
}
