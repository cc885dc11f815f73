package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Against the real lab keystone on 127.0.0.1:5000 when it runs (and fails when it does not): what jos
 * prints for the version discovery GET must equal what OSC printed for it, apart from the
 * request id. Read-only.
 */
class LabTransportIT {

    private static boolean keystoneUp() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5000), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void discoveryDebugOutputMatchesOsc() throws IOException {
        assertTrue(keystoneUp(), "the lab is not running on 127.0.0.1:5000: start it with sudo lab/up.sh");
        String ua = "openstacksdk/0.101.0 keystoneauth1/5.0.0 python-requests/2.28.1 CPython/3.11.2";
        StringWriter out = new StringWriter();
        Transport t = Transport.builder().userAgent(ua).timeout(Duration.ofSeconds(10))
                .listener(new DebugLogger(new PrintWriter(out), TlsSettings.defaults())).build();
        ApiResponse r = t.send(ApiRequest.builder("GET", "http://127.0.0.1:5000/v3").header("Accept", "application/json").build());
        assertEquals(200, r.status());
        String ids = "req-[0-9a-f-]{36}";
        assertEquals(DebugLoggerTest.fixture("discovery.txt").replaceAll(ids, "req-<id>"), out.toString().replaceAll(ids, "req-<id>"));
    }
}
