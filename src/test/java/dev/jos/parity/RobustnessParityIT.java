package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.jos.parity.Cli.Result;
import dev.jos.parity.ParityHarness.Compare;
import dev.jos.parity.ParityHarness.Pair;

/**
 * Issue #6 on the lab: names that are not plain path segments, bulk deletes whose items fail,
 * stdout that cannot be written, discovery replies that are not version documents, and
 * clouds.yaml files that do not parse or whose auth is not a mapping.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RobustnessParityIT extends LabParity {
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
        if (h == null) {
            return;
        }
        copies.deleteQuietly("user", "sp a", "tab\tb");
        copies.deleteQuietly("project", "sp p");
    }

    private Pair both(Sides.Args args) {
        return copies.run(admin, args);
    }

    @Test
    @Order(1)
    void namesWithASpaceOrATabAreFoundShownSetAndGranted() {
        for (String base : List.of("sp a", "tab\tb")) {
            Pair c = both(s -> List.of("user", "create", "--domain", "default", n(s, base)));
            Sides.oscExit(c, 0);
        }
        Pair p = both(s -> List.of("project", "create", "--domain", "default", n(s, "sp p")));
        Sides.oscExit(p, 0);
        copies.refreshIds("user", "project");
        for (String base : List.of("sp a", "tab\tb")) {
            Pair show = both(s -> List.of("user", "show", n(s, base)));
            Sides.oscExit(show, 0);
            h.assertParity(show, Compare.mapped());
        }
        Pair project = both(s -> List.of("project", "show", n(s, "sp p")));
        Sides.oscExit(project, 0);
        h.assertParity(project, Compare.mapped());
        Pair set = both(s -> List.of("user", "set", "--description", "with space", n(s, "sp a")));
        Sides.oscExit(set, 0);
        h.assertParity(set, Compare.mapped());
        Pair add = both(s -> List.of("role", "add", "--user", n(s, "sp a"), "--project", n(s, "sp p"), "member"));
        Sides.oscExit(add, 0);
        h.assertParity(add, Compare.mapped());
        Pair list = both(s -> List.of("role", "assignment", "list", "--user", n(s, "sp a"), "--names"));
        Sides.oscExit(list, 0);
        h.assertParity(list, Compare.mapped());
        Pair remove = both(s -> List.of("role", "remove", "--user", n(s, "sp a"), "--project", n(s, "sp p"), "member"));
        Sides.oscExit(remove, 0);
        h.assertParity(remove, Compare.mapped());
    }

    @Test
    @Order(2)
    void dotSegmentsAreNamesNotPaths() {
        for (String name : List.of("..", ".", "../nosuch", "a/b")) {
            Pair show = h.both(admin, "user", "show", name);
            Sides.oscExit(show, 1);
            h.assertParity(show, Compare.exact());
        }
        Pair delete = h.both(admin, "user", "delete", "../nosuch");
        Sides.oscExit(delete, 1);
        h.assertParity(delete, Compare.exact());
    }

    /**
     * Deliberately unlike OSC, whose HTTP library resolves ".." in a path: there "../users/ID"
     * shows (and `user delete` would delete) the user ID; jos looks for a user of that name.
     */
    @Test
    @Order(2)
    void aNameCannotClimbIntoAnotherPath() {
        String adminId = h.oscOk(admin, "user", "show", "-f", "value", "-c", "id", "admin").stdout().strip();
        String name = "../users/" + adminId;
        Result jos = h.jos(admin, "user", "show", name);
        assertEquals(1, jos.exit(), jos.stdout());
        assertEquals("No user with a name or ID of '" + name + "' exists.\n", jos.stderr());
        assertEquals("", jos.stdout());
    }

    @Test
    @Order(3)
    void deletingANameWithASpaceThenItIsGone() {
        Pair delete = both(s -> List.of("user", "delete", n(s, "sp a"), n(s, "tab\tb")));
        Sides.oscExit(delete, 0);
        h.assertParity(delete, Compare.mapped());
        Pair project = both(s -> List.of("project", "delete", n(s, "sp p")));
        Sides.oscExit(project, 0);
        h.assertParity(project, Compare.mapped());
    }

    @Test
    @Order(4)
    void bulkDeleteOfTwoBadNamesTriesBoth() {
        Pair p = h.both(admin, "user", "delete", n(Sides.JOS, "no such a"), n(Sides.JOS, "nosuch2"));
        Sides.oscExit(p, 1);
        h.assertParity(p, Compare.exact());
    }

    /** Both tools with stdout on a full device, or on a pipe whose reader is already gone. */
    private Pair withStdout(String how, String... args) {
        // the pipe's read end is closed before the tool starts, so the failure is certain,
        // and SIGPIPE is back to its default as a shell would leave it
        String wrap = how.equals("full")
                ? "exec \"$@\" > /dev/full"
                : "exec python3 -c 'import os, signal, sys; signal.signal(signal.SIGPIPE, signal.SIG_DFL);"
                + " r, w = os.pipe(); os.close(r); os.dup2(w, 1); os.execvp(sys.argv[1], sys.argv[1:])' \"$@\"";
        CompletableFuture<Result> j = CompletableFuture.supplyAsync(() -> run(ParityHarness.JOS, Lab.josCommand(), wrap, args));
        CompletableFuture<Result> o = CompletableFuture.supplyAsync(() -> run(ParityHarness.OSC, List.of(Lab.OSC), wrap, args));
        return new Pair(j.join(), o.join());
    }

    private Result run(String tool, List<String> program, String wrap, String... args) {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", wrap, "sh"));
        cmd.addAll(program);
        return Cli.run(tool, cmd, List.of(args), h.processEnv(tool, admin), h.root(), Cli.DEFAULT_TIMEOUT);
    }

    @Test
    @Order(5)
    void aFullDiskFailsWithPythonsWords() {
        // a short output: Python meets the error only when it flushes stdout at exit
        Pair p = withStdout("full", "user", "list");
        Sides.oscExit(p, 120);
        h.assertParity(p, Compare.exact());
    }

    @Test
    @Order(6)
    void aClosedPipeFailsAsPythonsFlushAtExit() {
        Pair p = withStdout("pipe", "user", "list");
        Sides.oscExit(p, 120);
        h.assertParity(p, Compare.exact());
    }

    @Test
    @Order(6)
    void unbufferedPythonFailsInsideTheRun() {
        Map<String, String> rc = new HashMap<>(admin);
        rc.put("PYTHONUNBUFFERED", "1");
        Map<String, String> saved = admin;
        admin = rc;
        try {
            Pair full = withStdout("full", "user", "list");
            Sides.oscExit(full, 1);
            assertEquals("[Errno 28] No space left on device\n", full.osc().stderr());
            h.assertParity(full, Compare.exact());
            Pair pipe = withStdout("pipe", "user", "list");
            Sides.oscExit(pipe, 141);
            h.assertParity(pipe, Compare.exact());
        } finally {
            admin = saved;
        }
    }

    /** A server on 127.0.0.1 that answers every request with these bytes and closes. */
    private static ServerSocket rawServer(String response) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    StringBuilder head = new StringBuilder();
                    int c;
                    while ((c = in.read()) != -1 && !head.append((char) c).toString().endsWith("\r\n\r\n")) {
                        // read the request head
                    }
                    s.getOutputStream().write(response.getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return server;
    }

    private Map<String, String> authAt(String url) {
        Map<String, String> rc = new HashMap<>(admin);
        rc.put("OS_AUTH_URL", url);
        return rc;
    }

    @Test
    @Order(7)
    void discoveryThatIsNotAVersionDocumentOrIsCutShort() throws IOException {
        for (String response : List.of(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 66\r\n\r\n"
                        + "<html><body>Welcome to our web server, nothing to see</body></html>",
                "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 100\r\n\r\nshort")) {
            try (ServerSocket server = rawServer(response)) {
                String url = "http://127.0.0.1:" + server.getLocalPort();
                Pair p = h.both(authAt(url), "user", "list");
                Sides.oscExit(p, 1);
                h.assertParity(p, Compare.exact());
            }
        }
    }

    private Map<String, String> withConfigFile(String name, String yaml) throws IOException {
        Path file = Files.writeString(h.root().resolve(name), yaml);
        Map<String, String> rc = new HashMap<>(admin);
        rc.put("OS_CLIENT_CONFIG_FILE", file.toString());
        rc.put("OS_CLOUD", "lab");
        return rc;
    }

    @Test
    @Order(8)
    void aCloudsYamlThatDoesNotParseIsNamed() throws IOException {
        Pair p = h.both(withConfigFile("broken.yaml", "clouds:\n  lab:\n    auth: {\n    region_name: RegionOne\n"),
                "user", "list");
        Sides.oscExit(p, 1);
        h.assertParity(p, Compare.exact());
    }

    @Test
    @Order(9)
    void anAuthThatIsNotAMappingFailsEvenWithOsVariables() throws IOException {
        for (String auth : List.of("nope", "3", "")) {
            Pair p = h.both(withConfigFile("auth-" + auth.length() + ".yaml",
                    "clouds:\n  lab:\n    auth: " + auth + "\n    region_name: RegionOne\n"), "user", "list");
            Sides.oscExit(p, 1);
            h.assertParity(p, Compare.exact());
        }
    }
}
