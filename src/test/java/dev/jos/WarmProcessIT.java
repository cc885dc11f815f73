package dev.jos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.parity.Cli;
import dev.jos.parity.Lab;

/**
 * bin/jos with its warm process, on the lab: the same output as without it, Ctrl-C, the password
 * prompt, a server killed mid-command. Each test has a server (and a directory) of its own and
 * stops it by its PID.
 */
class WarmProcessIT {
    @TempDir
    Path tmp;

    private Path dir;
    private Map<String, String> env;

    @BeforeEach
    void setUp() throws IOException {
        Lab.require();
        dir = tmp.resolve("daemon");
        env = new HashMap<>(Lab.adminRc());
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", Files.createDirectory(tmp.resolve("home")).toString());
        env.put("LANG", "C.UTF-8");
        env.put("JOS_DAEMON_DIR", dir.toString());
        env.put("JOS_HELP_CACHE", "0"); // `--help` alone is run, not read from its rendering (tested below)
    }

    @AfterEach
    void stopServers() {
        Lab.stopServers(dir);
    }

    private Cli.Result jos(Map<String, String> environment, String... args) {
        return Cli.run("jos", Lab.josCommand(), List.of(args), environment, tmp, Duration.ofSeconds(120));
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        Map<String, String> copy = new HashMap<>(env);
        copy.put(key, value);
        return copy;
    }

    /** Runs a first command (in-process: no server yet), then waits for the server it started. */
    private long startServer() throws Exception {
        assertEquals(0, jos(env, "--version").exit());
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            Long pid = serverPid();
            if (pid != null && Files.list(dir).anyMatch(f -> f.toString().endsWith(".sock"))) {
                return pid;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no warm server started in " + dir + ": " + logs());
    }

    private Long serverPid() throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sock.pid")).toList()) {
                return Long.parseLong(Files.readString(f).trim());
            }
        }
        return null;
    }

    /** How many commands the server logged it ran. */
    private long served() throws IOException {
        return logs().lines().filter(l -> l.startsWith("command ")).count();
    }

    private String logs() throws IOException {
        StringBuilder text = new StringBuilder();
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                    text.append(Files.readString(f));
                }
            }
        }
        return text.toString();
    }

    @Test
    void helpAloneIsPrintedFromTheBuildsRenderingWithNoJvm() throws Exception {
        Map<String, String> cached = new HashMap<>(env);
        cached.remove("JOS_HELP_CACHE");
        Cli.Result rendered = jos(env, "--help");
        assertEquals(0, rendered.exit(), rendered.stderr());
        assertEquals(0, jos(cached, "--help").exit()); // the first run keeps the rendering, if not kept yet
        Path root = Path.of(Lab.josCommand().get(0)).toAbsolutePath().getParent().getParent();
        Path jar = root.resolve(Files.exists(root.resolve("lib/jos.jar")) ? "lib/jos.jar" : "target/jos.jar");
        Path kept = jar.resolveSibling("jos-help.txt");
        assertTrue(Files.getLastModifiedTime(kept).compareTo(Files.getLastModifiedTime(jar)) >= 0);
        // no JVM: with a java that can only fail, `--help` and `-h` still print it
        for (String h : List.of("--help", "-h")) {
            Cli.Result r = jos(with(cached, "JOS_JAVA", "/bin/false"), h);
            assertEquals(0, r.exit(), r.stderr());
            assertEquals(rendered.stdout(), r.stdout());
            assertEquals("", r.stderr());
        }
        // anything more than --help alone runs jos
        assertNotEquals(0, jos(with(cached, "JOS_JAVA", "/bin/false"), "--help", "user").exit());
    }

    @Test
    void outputIsTheSameWithAndWithoutTheWarmProcess() throws Exception {
        long pid = startServer();
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        Files.writeString(tmp.resolve("key.pub"), "not a key\n");
        List<List<String>> commands = List.of(
                List.of("user", "list"),
                List.of("flavor", "list", "-f", "json"),
                List.of("network", "list", "-f", "value", "-c", "Name"),
                List.of("project", "show", "admin", "-f", "shell"),
                List.of("user", "show", "no-such-user-warm"),
                List.of("nosuch"),
                List.of("--help"),
                List.of("user", "list", "--bogus"),
                // a relative file name is the client's working directory's, not the server's
                List.of("keypair", "create", "--public-key", "key.pub", "warm-it-never-created"),
                List.of("trace", "list", "no-such-trace.jsonl"));
        for (List<String> args : commands) {
            long before = served();
            Cli.Result warm = jos(env, args.toArray(String[]::new));
            Cli.Result off = jos(with(env, "JOS_DAEMON", "0"), args.toArray(String[]::new));
            String what = String.join(" ", args);
            assertEquals(off.exit(), warm.exit(), what + "\n" + warm.stderr());
            assertEquals(off.stdout(), warm.stdout(), what);
            assertEquals(off.stderr(), warm.stderr(), what);
            assertEquals(before + 1, served(), "not run by the warm server: " + what);
        }
        Cli.Result noDaemon = jos(env, "--no-daemon", "--version");
        assertEquals(0, noDaemon.exit(), noDaemon.stderr());
        assertEquals(pid, serverPid());
    }

    @Test
    void ctrlCCancelsTheCommandWith130AndTheServerCarriesOn() throws Exception {
        long pid = startServer();
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, String> e = with(with(env, "OS_AUTH_URL", "http://127.0.0.1:" + silent.getLocalPort() + "/v3"),
                    "JOS_NO_TOKEN_CACHE", "1");
            // SIGINT handled as at a terminal: a build started in the background (`cmd &`) hands its
            // children SIGINT ignored, which the JVM keeps
            ProcessBuilder pb = new ProcessBuilder(List.of("/usr/bin/env", "--default-signal=INT", Lab.josCommand().get(0), "user",
                    "list")).directory(tmp.toFile());
            pb.environment().clear();
            pb.environment().putAll(e);
            pb.redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile());
            Process p = pb.start();
            silent.setSoTimeout(60_000);
            try (java.net.Socket connection = silent.accept()) {
                assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "jos did not stop on SIGINT");
            }
            assertEquals(130, p.exitValue(), Files.readString(tmp.resolve("out.txt")));
        }
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!logs().contains("command cancelled") && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertTrue(logs().contains("command cancelled"), logs());
        Cli.Result next = jos(env, "--version");
        assertEquals(0, next.exit(), next.stderr());
        assertEquals(pid, serverPid());
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void aMissingPasswordWithoutATerminalFailsAsInProcess() throws Exception {
        startServer();
        Map<String, String> noPassword = new HashMap<>(env);
        noPassword.remove("OS_PASSWORD");
        noPassword.put("JOS_NO_TOKEN_CACHE", "1");
        Cli.Result warm = jos(noPassword, "user", "list");
        Cli.Result off = jos(with(noPassword, "JOS_DAEMON", "0"), "user", "list");
        assertEquals(off, new Cli.Result(off.tool(), off.argv(), warm.exit(), warm.stdout(), warm.stderr(), off.millis()));
        assertNotEquals(0, warm.exit());
    }

    @Test
    void aPasswordPromptOnATerminalIsAnsweredThroughTheClient() throws Exception {
        startServer();
        assertTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux's script is needed for a terminal");
        Map<String, String> noPassword = new HashMap<>(env);
        String password = noPassword.remove("OS_PASSWORD");
        noPassword.put("JOS_NO_TOKEN_CACHE", "1");
        for (String mode : List.of("1", "0")) {
            long before = served();
            // script gives jos a terminal; the password is typed into it
            ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qec",
                    Lab.josCommand().get(0) + " user list -f value -c Name", "/dev/null").directory(tmp.toFile());
            pb.environment().clear();
            pb.environment().putAll(with(noPassword, "JOS_DAEMON", mode));
            pb.redirectErrorStream(true);
            Process p = pb.start();
            // wait for the prompt before typing, as a person would
            StringBuilder seen = new StringBuilder();
            var in = p.getInputStream();
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!seen.toString().contains("Password:") && System.nanoTime() < end) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                seen.append((char) c);
            }
            assertTrue(seen.toString().contains("Password:"), "JOS_DAEMON=" + mode + ": no prompt: " + seen);
            p.getOutputStream().write((password + "\n").getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().flush();
            String rest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), "JOS_DAEMON=" + mode + ": " + seen + rest);
            assertTrue(rest.contains("admin"), rest);
            // what follows the prompt on its line: the typed password, were it echoed
            assertTrue(!rest.split("\n", 2)[0].contains(password), "the password was echoed");
            assertEquals(mode.equals("1") ? before + 1 : before, served(), "JOS_DAEMON=" + mode);
        }
    }

    @Test
    void aServerKilledMidCommandIsReportedAndReplaced() throws Exception {
        long pid = startServer();
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, String> e = with(with(env, "OS_AUTH_URL", "http://127.0.0.1:" + silent.getLocalPort() + "/v3"),
                    "JOS_NO_TOKEN_CACHE", "1");
            ProcessBuilder pb = new ProcessBuilder(List.of(Lab.josCommand().get(0), "user", "list")).directory(tmp.toFile());
            pb.environment().clear();
            pb.environment().putAll(e);
            pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
            Process p = pb.start();
            silent.setSoTimeout(60_000);
            try (java.net.Socket connection = silent.accept()) {
                ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
                assertEquals(0, new ProcessBuilder("kill", "-KILL", Long.toString(pid)).start().waitFor());
                server.onExit().get(30, TimeUnit.SECONDS);
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the client did not notice");
            }
            assertEquals(1, p.exitValue());
            assertEquals("jos: the warm jos process ended before the command finished; run it again (JOS_DAEMON=0 runs without it)\n",
                    Files.readString(tmp.resolve("err.txt")));
        }
        // the next run works (in-process) and starts a new server
        Cli.Result next = jos(env, "user", "list");
        assertEquals(0, next.exit(), next.stderr());
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Long fresh = serverPid();
        while ((fresh == null || fresh == pid) && System.nanoTime() < end) {
            Thread.sleep(100);
            fresh = serverPid();
        }
        assertTrue(fresh != null && fresh != pid, "no new server: " + logs());
    }
}
