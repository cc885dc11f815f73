package dev.jos.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.Context;
import dev.jos.Jos;
import dev.jos.ReportingWriter;
import dev.jos.client.Client;
import dev.jos.client.Frames;

/** The warm process's server, in-process: its protocol, isolation of parallel sessions, cancel, broken pipes, exits. */
class DaemonServerTest {
    @TempDir
    Path tmp;

    private Server server;
    private Thread serving;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
            serving.join(10_000);
        }
    }

    private Path start(Duration idle) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("d"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path jar = Files.writeString(tmp.resolve("jos.jar"), "jar");
        Path socket = dir.resolve("s.sock");
        server = new Server(socket, jar, idle, new PrintStream(OutputStream.nullOutputStream()));
        server.start();
        serving = new Thread(server::serve, "test-serve");
        serving.start();
        return socket;
    }

    /** What a client saw: stdout, stderr, the exit code (null when the server hung up without one). */
    record Run(String out, String err, Integer exit) {
    }

    private static Frames.Hello hello(List<String> args, Map<String, String> env, Path cwd, boolean terminal) {
        List<String> kv = new ArrayList<>();
        env.forEach((k, v) -> kv.add(k + "=" + v));
        return new Frames.Hello(Frames.VERSION, cwd.toString(), new boolean[] {terminal, terminal, terminal}, false, -1, args, kv);
    }

    /** A scripted client: answers syncs, gives no stdin, and lets {@code onFrame} react to anything else. */
    private static Run talk(Path socket, Frames.Hello hello, Consumer<Frames.Frame> onFrame, DataOutputStream[] outHolder) throws IOException {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            DataOutputStream out = new DataOutputStream(Client.ChannelStreams.out(ch));
            DataInputStream in = new DataInputStream(Client.ChannelStreams.in(ch));
            if (outHolder != null) {
                outHolder[0] = out;
            }
            Frames.write(out, Frames.HELLO, hello.encode());
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            while (true) {
                Frames.Frame f;
                try {
                    f = Frames.read(in);
                } catch (IOException e) {
                    f = null;
                }
                if (f == null) {
                    return new Run(stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8), null);
                }
                switch (f.type()) {
                    case Frames.STDOUT -> stdout.write(f.data());
                    case Frames.STDERR -> stderr.write(f.data());
                    case Frames.SYNC -> Frames.write(out, Frames.SYNCED, new byte[0]);
                    case Frames.READ_STDIN -> Frames.write(out, Frames.STDIN, new byte[0]);
                    case Frames.EXIT -> {
                        return new Run(stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8), f.intValue());
                    }
                    default -> onFrame.accept(f);
                }
                if (f.type() == Frames.STDOUT && onFrame != null) {
                    onFrame.accept(f);
                }
            }
        }
    }

    /** The same command in-process, for comparison. */
    private static Run inProcess(List<String> args, Map<String, String> env, Path cwd, OutputStream stdout) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        OutputStream target = stdout != null ? stdout : bytes;
        int rc = Jos.run(args.toArray(String[]::new), new Context(env, new ReportingWriter(target), new PrintWriter(err, true),
                java.io.InputStream.nullInputStream(), cwd, Context.home(env), () -> false));
        return new Run(bytes.toString(StandardCharsets.UTF_8), err.toString(), rc);
    }

    @Test
    void aCommandRunsAsInProcess() throws Exception {
        Path socket = start(Duration.ofMinutes(5));
        Map<String, String> env = Map.of("HOME", tmp.toString(), "PATH", "/usr/bin:/bin");
        for (List<String> args : List.of(List.of("--version"), List.of("--help"), List.of("nosuch", "command"), List.of("user", "list"))) {
            Run warm = talk(socket, hello(args, env, tmp, false), f -> { }, null);
            assertEquals(inProcess(args, env, tmp, null), warm, String.join(" ", args));
        }
        assertTrue(Files.exists(socket));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
    }

    @Test
    void helloOfAnotherVersionIsRefused() throws Exception {
        Path socket = start(Duration.ofMinutes(5));
        Frames.Hello old = new Frames.Hello(Frames.VERSION + 1, "/", new boolean[3], false, -1, List.of("--version"), List.of());
        Run r = talk(socket, old, f -> { }, null);
        assertNull(r.exit());
        assertEquals("", r.out());
    }

    @Test
    void sixteenParallelSessionsKeepTheirOwnEnvironmentAndCwd() throws Exception {
        Path socket = start(Duration.ofMinutes(5));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Run>> runs = new ArrayList<>();
            List<Map<String, String>> envs = new ArrayList<>();
            List<Path> cwds = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Path cwd = Files.createDirectory(tmp.resolve("cwd" + i));
                // a clouds.yaml in each working directory names its own auth URL; OS_CLOUD picks it
                Files.writeString(cwd.resolve("clouds.yaml"), "clouds:\n  c" + i + ":\n    auth:\n      auth_url: http://127.0.0.1:9/v3-" + i
                        + "\n      username: u\n      password: p\n      project_name: p\n");
                Map<String, String> env = Map.of("HOME", tmp.toString(), "OS_CLOUD", i % 2 == 0 ? "c" + i : "missing" + i);
                List<String> args = List.of("--no-token-cache", "user", "list");
                envs.add(env);
                cwds.add(cwd);
                runs.add(pool.submit(() -> talk(socket, hello(args, env, cwd, false), f -> { }, null)));
            }
            for (int i = 0; i < 16; i++) {
                Run r = runs.get(i).get();
                assertEquals(inProcess(List.of("--no-token-cache", "user", "list"), envs.get(i), cwds.get(i), null), r, "session " + i);
                assertTrue(r.err().contains(i % 2 == 0 ? "http://127.0.0.1:9/v3-" + i + ":" : "Cloud missing" + i + " was not found."), r.err());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cancelStopsOnlyThatCommand() throws Exception {
        Path socket = start(Duration.ofMinutes(5));
        // on a terminal, a missing password is asked for: the command waits for the answer
        Map<String, String> env = Map.of("HOME", tmp.toString(), "OS_AUTH_URL", "http://127.0.0.1:9/v3",
                "OS_USERNAME", "u", "OS_PROJECT_NAME", "p", "OS_USER_DOMAIN_NAME", "Default", "OS_PROJECT_DOMAIN_NAME", "Default");
        DataOutputStream[] out = new DataOutputStream[1];
        List<String> prompts = new ArrayList<>();
        Run r = talk(socket, hello(List.of("user", "list"), env, tmp, true), f -> {
            if (f.type() == Frames.ASK_PASSWORD) {
                prompts.add(f.text());
                try {
                    Frames.write(out[0], Frames.CANCEL, new byte[0]);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }, out);
        assertEquals(List.of("Password: "), prompts);
        assertNull(r.exit(), "a cancelled command sends no exit code (the client exits 130 itself)");
        waitFor(() -> server.activeSessions() == 0, "the cancelled session ended");
        assertEquals(0, talk(socket, hello(List.of("--version"), Map.of(), tmp, false), f -> { }, null).exit());
    }

    @Test
    void passwordAnswerReachesTheCommand() throws Exception {
        Path socket = start(Duration.ofMinutes(5));
        Map<String, String> env = Map.of("HOME", tmp.toString(), "OS_AUTH_URL", "http://127.0.0.1:9/v3",
                "OS_USERNAME", "u", "OS_PROJECT_NAME", "p", "OS_USER_DOMAIN_NAME", "Default", "OS_PROJECT_DOMAIN_NAME", "Default");
        DataOutputStream[] out = new DataOutputStream[1];
        List<String> args = List.of("--no-token-cache", "user", "list");
        Run answered = talk(socket, hello(args, env, tmp, true), f -> answer(out[0], f, "s3cret"), out);
        // with the password, jos goes on to the cloud (which is not there)
        assertEquals(1, answered.exit());
        assertTrue(answered.err().contains("Unable to establish connection to http://127.0.0.1:9/v3"), answered.err());
        Run none = talk(socket, hello(args, env, tmp, true), f -> answer(out[0], f, null), out);
        assertEquals(inProcess(args, env, tmp, null), none, "no answer: as without a terminal");
    }

    private static void answer(DataOutputStream out, Frames.Frame f, String password) {
        if (f.type() == Frames.ASK_PASSWORD) {
            try {
                if (password == null) {
                    Frames.write(out, Frames.NO_PASSWORD, new byte[0]);
                } else {
                    Frames.write(out, Frames.PASSWORD, password);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void brokenPipeEndsTheCommandAsInProcess() throws Exception {
        Path socket = start(Duration.ofMinutes(5));
        Map<String, String> env = Map.of("HOME", tmp.toString());
        for (List<String> args : List.of(List.of("--help"), List.of("--version"))) {
            DataOutputStream[] out = new DataOutputStream[1];
            boolean[] told = new boolean[1];
            Run warm = talk(socket, hello(args, env, tmp, false), f -> {
                if (f.type() == Frames.STDOUT && !told[0]) {
                    told[0] = true;
                    try {
                        Frames.write(out[0], Frames.OUT_FAILED, "Broken pipe");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }, out);
            OutputStream closedPipe = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("Broken pipe");
                }
            };
            Run local = inProcess(args, env, tmp, closedPipe);
            assertEquals(local.exit(), warm.exit(), String.join(" ", args));
            assertEquals(local.err(), warm.err(), String.join(" ", args));
        }
        // the server carries on
        assertEquals(0, talk(socket, hello(List.of("--version"), Map.of(), tmp, false), f -> { }, null).exit());
    }

    @Test
    void aClientThatGoesAwayEndsOnlyItsCommand() throws Exception {
        Path socket = start(Duration.ofMinutes(5));
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            Frames.write(new DataOutputStream(Client.ChannelStreams.out(ch)), Frames.HELLO,
                    hello(List.of("--help"), Map.of(), tmp, false).encode());
        }
        waitFor(() -> server.activeSessions() == 0, "the abandoned session ended");
        assertEquals(0, talk(socket, hello(List.of("--version"), Map.of(), tmp, false), f -> { }, null).exit());
    }

    @Test
    void anUpgradedJarStopsTheServer() throws Exception {
        Path socket = start(Duration.ofMinutes(5));
        assertEquals(0, talk(socket, hello(List.of("--version"), Map.of(), tmp, false), f -> { }, null).exit());
        Path jar = tmp.resolve("jos.jar");
        Files.writeString(jar, "a newer jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        serving.join(10_000);
        assertFalse(serving.isAlive(), "the server still runs with its jar replaced");
        assertFalse(Files.exists(socket), "socket left behind");
        assertFalse(Files.exists(Path.of(socket + ".pid")), "pid file left behind");
    }

    @Test
    void anIdleServerExits() throws Exception {
        Path socket = start(Duration.ofSeconds(1));
        serving.join(10_000);
        assertFalse(serving.isAlive(), "the idle server still runs");
        assertFalse(Files.exists(socket));
    }

    @Test
    void aDirectoryOthersCanReachIsRefused() throws Exception {
        Path open = Files.createDirectory(tmp.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> Server.checkPrivate(open));
        assertTrue(e.getMessage().contains("not private"), e.getMessage());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(20);
        }
    }
}
