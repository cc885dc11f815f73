package dev.jos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The top of jos in-process: exit codes and where messages go, with no cloud at all. */
class JosTest {
    @TempDir
    Path home;

    private record Run(int rc, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Jos.run(args, new Context(env, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]), home, home, () -> false));
        return new Run(rc, out.toString(), err.toString());
    }

    private static final Map<String, String> LAB_LIKE = Map.of("OS_AUTH_URL", "http://127.0.0.1:9/v3",
            "OS_USERNAME", "u", "OS_PASSWORD", "p", "OS_PROJECT_NAME", "p");

    @Test
    void versionAndHelpNeedNoCloud() {
        Run v = run(Map.of(), "--version");
        assertEquals(0, v.rc());
        assertTrue(v.out().startsWith("jos "), v.out());
        // it names the runtime it runs on: an installed jos carries its own
        assertTrue(v.out().endsWith(" (Java " + System.getProperty("java.version") + ", "
                + System.getProperty("java.home") + ")\n"), v.out());
        Run h = run(Map.of(), "--help");
        assertEquals(0, h.rc());
        // the names are padded to the longest command name, which grows as commands are added
        assertTrue(h.out().matches("(?s).*\n  role assignment list +List role assignments\n.*"), h.out());
        Run ch = run(Map.of(), "help", "user", "create");
        assertEquals(0, ch.rc());
        assertTrue(ch.out().startsWith("usage: jos user create"), ch.out());
        assertTrue(ch.out().contains("--password-prompt"), ch.out());
    }

    @Test
    void theFormatChoicesShownAreTheOnesAccepted() {
        Run list = run(Map.of(), "help", "user", "list");
        assertTrue(list.out().startsWith("usage: jos user list [-h] [-f {csv,json,table,value,yaml}] [-c COLUMN]"), list.out());
        assertTrue(list.out().contains("\n  -f {csv,json,table,value,yaml}, --format {csv,json,table,value,yaml}\n"), list.out());
        Run show = run(Map.of(), "help", "flavor", "list");
        assertTrue(show.out().contains("-f {csv,json,table,value,yaml}"), show.out());
        Run one = run(Map.of(), "help", "user", "show");
        assertTrue(one.out().startsWith("usage: jos user show [-h] [-f {json,shell,table,value,yaml}]"), one.out());
    }

    @Test
    void missingSettingsWinOverUsageErrorsLikeOsc() {
        Run r = run(Map.of(), "user", "list", "--bogus");
        assertEquals(1, r.rc());
        assertEquals("Missing value auth-url required for auth plugin password\n", r.err());
    }

    @Test
    void usageErrorsExit2WithArgparsesWording() {
        Run r = run(LAB_LIKE, "role", "assignment", "list", "--names", "--user");
        assertEquals(2, r.rc());
        assertTrue(r.err().startsWith("usage: jos role assignment list"), r.err());
        assertTrue(r.err().endsWith("jos role assignment list: error: argument --user: expected one argument\n"), r.err());
        Run f = run(LAB_LIKE, "user", "list", "-f", "xml");
        assertEquals(2, f.rc());
        assertTrue(f.err().endsWith("error: argument -f/--format: invalid choice: 'xml' (choose from 'csv', 'json', 'table', 'value', 'yaml')\n"), f.err());
        Run x = run(LAB_LIKE, "user", "create", "--enable", "--disable", "x");
        assertEquals(2, x.rc());
        assertTrue(x.err().endsWith("error: argument --disable: not allowed with argument --enable\n"), x.err());
    }

    @Test
    void unknownCommandsGoToStdoutWithSuggestionsAndExit2() {
        Run r = run(LAB_LIKE, "usr", "lst");
        assertEquals(2, r.rc());
        assertTrue(r.out().startsWith("jos: 'usr lst' is not a jos command. See 'jos --help'.\nDid you mean one of these?\n"), r.out());
        assertTrue(r.out().contains("  user list\n"), r.out());
    }

    @Test
    void homeComesFromTheHomeVariableAsInOsc() {
        assertEquals(Path.of("/somewhere/else"), Context.home(Map.of("HOME", "/somewhere/else")));
        assertEquals(Path.of(System.getProperty("user.home")), Context.home(Map.of()));
    }

    @Test
    void anUnreachableCloudIsOneLineAndExit1NotAStackTrace() {
        Run r = run(LAB_LIKE, "--no-token-cache", "user", "list");
        assertEquals(1, r.rc());
        assertTrue(r.err().startsWith("Unable to establish connection to http://127.0.0.1:9/v3/auth/tokens"), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
    }
}
