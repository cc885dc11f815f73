package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** A lab that is down must make the parity tests fail with the way out, not skip them. */
class LabTest {
    @Test
    void closedPortSaysToStartTheLab() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String error = Lab.probe("http://127.0.0.1:" + port + "/v3");
        assertNotNull(error);
        assertTrue(error.contains("does not answer") && error.contains("sudo lab/up.sh"), error);
    }

    @Test
    void brokenKeystoneSaysToStartTheLab() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        server.start();
        try {
            String error = Lab.probe("http://127.0.0.1:" + server.getAddress().getPort() + "/v3");
            assertNotNull(error);
            assertTrue(error.contains("HTTP 503") && error.contains("sudo lab/up.sh"), error);
        } finally {
            server.stop(0);
        }
    }
}
