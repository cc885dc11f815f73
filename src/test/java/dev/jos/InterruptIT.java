package dev.jos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C while jos waits for the cloud: exit code 130, as OSC's. Runs bin/jos as a user would. */
class InterruptIT {
    @TempDir
    Path home;

    @Test
    void sigintWhileWaitingExits130() throws Exception {
        // a server that accepts the connection and never answers
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path jos = Path.of("bin/jos").toAbsolutePath();
            assertTrue(Files.isExecutable(jos), jos + " missing: run mvn package first");
            // SIGINT handled as at a terminal: a build started in the background (`cmd &`) hands its
            // children SIGINT ignored, which the JVM keeps
            ProcessBuilder pb = new ProcessBuilder("/usr/bin/env", "--default-signal=INT", jos.toString(), "--no-token-cache", "user", "list");
            pb.environment().clear();
            pb.environment().put("PATH", "/usr/bin:/bin");
            pb.environment().put("HOME", home.toString());
            // the in-process path (WarmProcessIT interrupts the warm one), and no server left behind
            pb.environment().put("JOS_DAEMON", "0");
            pb.environment().put("OS_AUTH_URL", "http://127.0.0.1:" + silent.getLocalPort() + "/v3");
            pb.environment().put("OS_USERNAME", "u");
            pb.environment().put("OS_PASSWORD", "p");
            pb.environment().put("OS_PROJECT_NAME", "p");
            pb.redirectErrorStream(true).redirectOutput(home.resolve("out.txt").toFile());
            Process p = pb.start();
            silent.setSoTimeout(30_000);
            try (java.net.Socket connection = silent.accept()) {
                // jos is now waiting for an answer that never comes: interrupt it
                Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
                assertEquals(0, kill.waitFor());
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "jos did not stop on SIGINT");
            }
            assertEquals(130, p.exitValue(), Files.readString(home.resolve("out.txt")));
        }
    }
}
