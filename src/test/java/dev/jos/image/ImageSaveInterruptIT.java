package dev.jos.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.jos.FakeCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of {@code image save --file}: jos exits 130 and leaves no half-written
 * file (neither the target nor its hidden .part), and a file that was there keeps its content.
 * Runs bin/jos as a user would, against a glance stand-in that sends 4 MiB of a 64 MiB image
 * and then stalls, so the interrupt lands while the body is being written.
 */
class ImageSaveInterruptIT {
    private static final String ID = "0b6e4d1c-6d0e-4b3f-9a57-0c2fbd1e8a11";
    private static final long SIZE = 64L << 20;
    private static final int SENT = 4 << 20;

    @TempDir
    Path home;
    @TempDir
    Path downloads;

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void glance() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", ex -> {
            try (ex) {
                ex.getRequestBody().readAllBytes();
                String path = ex.getRequestURI().getRawPath();
                if (ex.getRequestMethod().equals("POST") && path.equals("/v3/auth/tokens")) {
                    String token = FakeCloud.tokenBody(base + "/v3").replace("\"catalog\": [",
                            "\"catalog\": [{\"type\": \"image\", \"name\": \"glance\", \"endpoints\": [{\"interface\": \"public\","
                                    + " \"region_id\": \"RegionOne\", \"region\": \"RegionOne\", \"url\": \"" + base + "/image/v2\"}]}, ");
                    ex.getResponseHeaders().add("X-Subject-Token", "tok");
                    json(ex, 201, token);
                } else if (path.equals("/image/v2/images/" + ID)) {
                    json(ex, 200, "{\"id\": \"" + ID + "\", \"name\": \"big\", \"status\": \"active\", \"size\": " + SIZE
                            + ", \"disk_format\": \"raw\", \"container_format\": \"bare\", \"visibility\": \"public\"}");
                } else if (path.equals("/image/v2/images/" + ID + "/file")) {
                    ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
                    ex.sendResponseHeaders(200, SIZE);
                    OutputStream out = ex.getResponseBody();
                    out.write(new byte[SENT]);
                    out.flush();
                    awaitRelease(); // the rest never comes while jos runs
                } else {
                    json(ex, 404, "{\"message\": \"not here\"}");
                }
            } catch (IOException e) {
                // jos went away mid-body: expected
            }
        });
        server.start();
    }

    private void awaitRelease() {
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void json(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void ctrlCLeavesNoFileBehind() throws Exception {
        Path target = downloads.resolve("big.img");
        int rc = saveAndInterrupt(target);
        assertEquals(130, rc);
        assertFalse(Files.exists(target), "no half-written target");
        assertEquals(List.of(), listing(), "no .part file left");
    }

    @Test
    void ctrlCKeepsTheFileThatWasThere() throws Exception {
        Path target = downloads.resolve("big.img");
        Files.writeString(target, "what the user had");
        int rc = saveAndInterrupt(target);
        assertEquals(130, rc);
        assertEquals("what the user had", Files.readString(target));
        assertEquals(List.of("big.img"), listing(), "nothing but the old file");
    }

    /** Through the warm process: the server lives on, so the command's cancel must drop the file itself. */
    @Test
    void ctrlCThroughTheWarmProcessLeavesNoFileBehind() throws Exception {
        warm = true;
        Path daemonDir = home.resolve("daemon");
        try {
            Process first = start(List.of("--version"), daemonDir);
            assertEquals(0, first.waitFor(), read(home.resolve("out.txt")));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (serverPid(daemonDir) == null || !hasSocket(daemonDir)) {
                assertTrue(System.nanoTime() < deadline, "no warm server came up within 90 s");
                Thread.sleep(100);
            }
            // commands now go to the server: its log has a line per finished command
            assertEquals(0, start(List.of("--version"), daemonDir).waitFor());
            assertTrue(waitForLog(daemonDir, "command exit 0").contains("command exit 0"), "--version ran on the server");
            Path target = downloads.resolve("big.img");
            Files.writeString(target, "what the user had");
            assertEquals(130, saveAndInterrupt(target));
            // the client is gone at once; the server drops the connection and the .part
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!listing().equals(List.of("big.img"))) {
                assertTrue(System.nanoTime() < deadline, "left behind: " + listing() + "; server log: " + waitForLog(daemonDir, "cancelled"));
                Thread.sleep(50);
            }
            assertEquals("what the user had", Files.readString(target));
            // (the command itself ends when its dropped connection gives up the read it is blocked in;
            // this stand-in never sends more, so that is when the test stops the server)
        } finally {
            Long pid = serverPid(daemonDir);
            if (pid != null) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    private boolean warm;

    private static Long serverPid(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".sock.pid")).toList()) {
                String t = Files.readString(p).strip();
                if (!t.isEmpty()) {
                    return Long.parseLong(t);
                }
            }
        }
        return null;
    }

    private static boolean hasSocket(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(f -> f.getFileName().toString().endsWith(".sock"));
        }
    }

    private static String waitForLog(Path dir, String word) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String all = "";
        while (System.nanoTime() < deadline) {
            try (Stream<Path> s = Files.list(dir)) {
                StringBuilder sb = new StringBuilder();
                for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                    sb.append(Files.readString(p));
                }
                all = sb.toString();
            }
            if (all.contains(word)) {
                return all;
            }
            Thread.sleep(100);
        }
        return all;
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(downloads)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Process start(List<String> args, Path daemonDir) throws IOException {
        Path jos = Path.of("bin/jos").toAbsolutePath();
        assertTrue(Files.isExecutable(jos), jos + " missing: run mvn package first");
        // SIGINT handled as at a terminal: a build started in the background (`cmd &`) hands its
        // children SIGINT ignored, which the JVM keeps
        List<String> cmd = new java.util.ArrayList<>(List.of("/usr/bin/env", "--default-signal=INT", jos.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        if (daemonDir != null) {
            pb.environment().put("JOS_DAEMON_DIR", daemonDir.toString());
        } else {
            pb.environment().put("JOS_DAEMON", "0"); // in-process: Ctrl-C ends the JVM itself
        }
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_RUNTIME_DIR", home.toString());
        pb.environment().put("JOS_NO_TOKEN_CACHE", "1");
        pb.environment().put("OS_AUTH_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/v3");
        pb.environment().put("OS_USERNAME", "u");
        pb.environment().put("OS_PASSWORD", "p");
        pb.environment().put("OS_PROJECT_NAME", "p");
        pb.environment().put("OS_REGION_NAME", "RegionOne");
        pb.redirectErrorStream(true).redirectOutput(home.resolve("out.txt").toFile());
        return pb.start();
    }

    /** Starts bin/jos image save, waits until part of the body is on disk, sends SIGINT; the exit code. */
    private int saveAndInterrupt(Path target) throws Exception {
        Path log = home.resolve("out.txt");
        Process p = start(List.of("image", "save", "--file", target.toString(), ID), warm ? home.resolve("daemon") : null);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!partWritten()) {
                assertTrue(p.isAlive(), () -> "jos ended before the body came: " + read(log));
                assertTrue(System.nanoTime() < deadline, "no .part file grew within 60 s");
                Thread.sleep(20);
            }
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "jos did not stop on SIGINT");
            return p.exitValue();
        } finally {
            p.destroyForcibly();
        }
    }

    /** A hidden .part file holding the bytes sent so far: jos is inside the download. */
    private boolean partWritten() throws IOException {
        try (Stream<Path> s = Files.list(downloads)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".part")).anyMatch(f -> {
                try {
                    return Files.size(f) >= SENT;
                } catch (IOException e) {
                    return false; // renamed or removed meanwhile
                }
            });
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
