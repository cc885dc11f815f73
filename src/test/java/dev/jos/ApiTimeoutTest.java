package dev.jos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.FakeCloud.Run;

/**
 * api_timeout from clouds.yaml bounds every wait, as openstacksdk hands it to keystoneauth;
 * without it a server that accepts and never answers would hang jos (OSC too) forever.
 */
class ApiTimeoutTest {
    @TempDir
    Path dir;

    private static String clouds(int port, String timeout) {
        return "clouds:\n  silent:\n    api_timeout: " + timeout + "\n    auth:\n"
                + "      auth_url: http://127.0.0.1:" + port + "/v3\n      username: u\n      password: p\n"
                + "      project_name: p\n";
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithKeystoneauthsWords() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (java.io.IOException e) {
                    // closed: the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Files.writeString(dir.resolve("clouds.yaml"), clouds(silent.getLocalPort(), "0.3"));
            Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> FakeCloud.run(
                    Map.of("OS_CLOUD", "silent", "JOS_NO_TOKEN_CACHE", "1"), dir, "user", "list"));
            assertEquals(1, r.rc());
            assertEquals("Request to http://127.0.0.1:" + silent.getLocalPort() + "/v3/auth/tokens timed out\n", r.err());
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void anApiTimeoutThatIsNotANumberIsAConfigError() {
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Files.writeString(dir.resolve("clouds.yaml"), clouds(9, "soon"));
            return FakeCloud.run(Map.of("OS_CLOUD", "silent", "JOS_NO_TOKEN_CACHE", "1"), dir, "user", "list");
        });
        assertEquals(1, r.rc());
        assertEquals("Invalid api_timeout 'soon': it must be a positive number of seconds\n", r.err());
    }
}
