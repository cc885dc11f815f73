package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** An error response whose body the server cut short: the status stands, as in python-requests. */
class CutErrorBodyTest {
    private static ApiResponse get(RawServer server) throws Exception {
        return Transport.builder().build().send(ApiRequest.builder("GET", server.url("/v3")).build());
    }

    @Test
    void a503ClosedMidBodyIsStillA503() throws Exception {
        try (RawServer server = new RawServer("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 100\r\n\r\nshort")) {
            ApiResponse r = get(server);
            assertEquals(503, r.status());
            assertEquals("short", r.bodyText());
        }
        try (RawServer server = new RawServer("HTTP/1.1 503 Service Unavailable\r\nTransfer-Encoding: chunked\r\n\r\n")) {
            assertEquals(503, get(server).status());
        }
    }

    @Test
    void aSuccessClosedMidBodyIsStillAnError() throws Exception {
        try (RawServer server = new RawServer("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort")) {
            assertThrows(java.io.IOException.class, () -> get(server));
        }
    }
}
