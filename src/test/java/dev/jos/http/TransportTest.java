package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransportTest {

    private static Transport transport(ExchangeListener... listeners) {
        return Transport.builder().userAgent("jos-test/1").timeout(Duration.ofSeconds(10))
                .listeners(List.of(listeners)).build();
    }

    /** Echoes method, query and body back as JSON-ish text with a custom header. */
    private static TestServer echo() throws IOException {
        return new TestServer((ex, r) -> {
            ex.getResponseHeaders().add("X-Openstack-Request-Id", "req-echo");
            TestServer.send(ex, 200, "text/plain",
                    r.method() + " " + r.rawQuery() + " " + new String(r.body(), StandardCharsets.UTF_8));
        });
    }

    @Test
    void getReturnsStatusReasonHeadersAndBody() throws IOException {
        try (TestServer server = TestServer.json("{\"a\": 1}")) {
            ApiResponse r = transport().send(ApiRequest.get(server.url("/v3")));
            assertEquals(200, r.status());
            assertEquals("OK", r.reason());
            assertEquals("application/json", r.headers().first("content-type"));
            assertEquals("{\"a\": 1}", r.bodyText());
            TestServer.Received got = server.last();
            assertEquals("GET", got.method());
            assertEquals("/v3", got.rawPath());
            assertEquals("jos-test/1", got.header("User-Agent"));
            assertEquals("*/*", got.header("Accept"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
    void everyMethodArrivesAsItself(String method) throws IOException {
        try (TestServer server = echo()) {
            ApiResponse r = transport().send(ApiRequest.builder(method, server.url("/x")).build());
            assertEquals(200, r.status());
            assertEquals(method, server.last().method());
            assertEquals(method + " null ", r.bodyText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void bodiesArriveIntact(String method) throws IOException {
        String json = "{\"user\": {\"name\": \"Zoë\", \"enabled\": true}}";
        try (TestServer server = echo()) {
            ApiResponse r = transport().send(ApiRequest.builder(method, server.url("/v3/users"))
                    .body(json, "application/json").build());
            TestServer.Received got = server.last();
            assertEquals(method, got.method());
            assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), got.body());
            assertEquals("application/json", got.header("Content-Type"));
            assertEquals(method + " null " + json, r.bodyText());
        }
    }

    @Test
    void headHasHeadersButNoBody() throws IOException {
        try (TestServer server = new TestServer((ex, r) -> {
            ex.getResponseHeaders().add("X-Image-Meta-Size", "42");
            ex.sendResponseHeaders(200, -1);
        })) {
            ApiResponse r = transport().send(ApiRequest.builder("HEAD", server.url("/v2/images/x")).build());
            assertEquals(200, r.status());
            assertEquals("42", r.headers().first("x-image-meta-size"));
            assertEquals(0, r.bodyLength());
            assertEquals("HEAD", server.last().method());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PATCH"})
    void queryIsSentExactlyAsEncoded(String method) throws IOException {
        String query = "name=a%20b&tag=x%2Fy&tag=z&empty=&q=%E2%9C%93";
        try (TestServer server = echo()) {
            transport().send(ApiRequest.builder(method, server.url("/v2.0/networks?" + query)).build());
            assertEquals("/v2.0/networks", server.last().rawPath());
            assertEquals(query, server.last().rawQuery());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PATCH"})
    void requestHeadersArriveIncludingRepeats(String method) throws IOException {
        try (TestServer server = echo()) {
            transport().send(ApiRequest.builder(method, server.url("/"))
                    .header("X-Auth-Token", "tok").header("OpenStack-API-Version", "compute 2.79")
                    .header("X-Multi", "a").header("X-Multi", "b").build());
            TestServer.Received got = server.last();
            assertEquals("tok", got.header("x-auth-token"));
            assertEquals("compute 2.79", got.header("openstack-api-version"));
            assertEquals(List.of("a", "b"), got.headers().get("X-multi"));
            assertEquals("jos-test/1", got.header("User-Agent"));
        }
    }

    @Test
    void callersUserAgentWins() throws IOException {
        try (TestServer server = echo()) {
            transport().send(ApiRequest.builder("GET", server.url("/")).header("User-Agent", "python-keystoneclient").build());
            assertEquals("python-keystoneclient", server.last().header("User-Agent"));
        }
    }

    @Test
    void connectionsAreReusedWhenBodiesAreRead() throws IOException {
        try (TestServer server = new TestServer((ex, r) -> TestServer.send(ex,
                r.rawPath().equals("/missing") ? 404 : 200, "application/json", "{\"x\": \"" + "y".repeat(5000) + "\"}"))) {
            Transport t = transport();
            t.send(ApiRequest.get(server.url("/a")));
            t.send(ApiRequest.get(server.url("/missing")));
            t.send(ApiRequest.builder("POST", server.url("/b")).body("{}", "application/json").build());
            t.send(ApiRequest.get(server.url("/c")));
            List<Integer> ports = server.received.stream().map(TestServer.Received::clientPort).toList();
            assertEquals(1, ports.stream().distinct().count(), "one connection for all: " + ports);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 500, 503})
    void errorStatusesAreReturnedWithTheirBodies(int status) throws IOException {
        String body = "{\"error\": {\"code\": " + status + "}}";
        try (TestServer server = new TestServer((ex, r) -> {
            if (status == 401) {
                ex.getResponseHeaders().add("WWW-Authenticate", "Keystone uri=\"http://127.0.0.1:5000\"");
            }
            TestServer.send(ex, status, "application/json", body);
        })) {
            for (String method : List.of("GET", "POST", "PATCH")) {
                ApiRequest.Builder b = ApiRequest.builder(method, server.url("/v3/auth/tokens"));
                if (!method.equals("GET")) {
                    b.body("{}", "application/json");
                }
                ApiResponse r = transport().send(b.build());
                assertEquals(status, r.status(), method);
                assertEquals(body, r.bodyText(), method);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PATCH"})
    void readTimeoutIsBoundedAndSurfaced(String method) throws IOException {
        byte[] late = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        try (RawServer server = new RawServer(late, 5000)) {
            List<Exchange> seen = new ArrayList<>();
            Transport t = Transport.builder().readTimeout(Duration.ofMillis(300)).listener(seen::add).build();
            long t0 = System.nanoTime();
            assertThrows(SocketTimeoutException.class, () -> t.send(ApiRequest.builder(method, server.url("/slow")).build()));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 250 && ms < 3000, "took " + ms + " ms");
            assertEquals(1, seen.size());
            assertTrue(seen.get(0).failed());
            assertTrue(seen.get(0).error() instanceof SocketTimeoutException);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PATCH"})
    void connectionRefusedIsAnIOExceptionAndStillAnExchange(String method) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        List<Exchange> seen = new ArrayList<>();
        Transport t = transport(seen::add);
        ApiRequest request = ApiRequest.builder(method, "http://127.0.0.1:" + port + "/v3").build();
        IOException e = assertThrows(IOException.class, () -> t.send(request));
        assertTrue(e instanceof ConnectException, e.toString());
        assertEquals(1, seen.size());
        assertSame(e, seen.get(0).error());
        assertNull(seen.get(0).response());
    }

    @Test
    void listenersSeeEachExchangeWithTheRequestAsSent() throws IOException {
        try (TestServer server = echo()) {
            List<Exchange> first = new ArrayList<>();
            List<Exchange> second = new ArrayList<>();
            Transport t = transport(first::add, second::add);
            ApiResponse r = t.send(ApiRequest.builder("POST", server.url("/v3/users")).service("keystone")
                    .body("{}", "application/json").build());
            assertEquals(1, first.size());
            assertEquals(first, second);
            Exchange ex = first.get(0);
            assertSame(r, ex.response());
            assertEquals("jos-test/1", ex.request().headers().first("User-Agent"));
            assertEquals("keystone", ex.service());
            assertEquals("req-echo", ex.requestId());
            assertFalse(ex.duration().isNegative());
            assertTrue(Duration.between(ex.start(), java.time.Instant.now()).abs().toSeconds() < 60);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PATCH"})
    void responseHeaderSpellingOrderAndRepeatsAreKept(String method) throws IOException {
        String raw = "HTTP/1.1 200 OK\r\nVary: X-Auth-Token\r\nx-openstack-request-id: req-1\r\n"
                + "X-Multi: a\r\nContent-Type: application/json\r\nX-Multi: b\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}";
        try (RawServer server = new RawServer(raw)) {
            ApiResponse r = transport().send(ApiRequest.builder(method, server.url("/v3")).build());
            List<String> names = r.headers().entries().stream().map(Map.Entry::getKey).toList();
            assertEquals(List.of("Vary", "x-openstack-request-id", "X-Multi", "Content-Type", "X-Multi",
                    "Content-Length", "Connection"), names);
            assertEquals(List.of("a", "b"), r.headers().all("x-multi"));
            assertEquals("req-1", r.requestId());
            assertEquals("{}", r.bodyText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PATCH"})
    void chunkedResponsesAreDecoded(String method) throws IOException {
        String big = "{\"images\": [" + "\"x\", ".repeat(3000) + "\"y\"]}";
        try (TestServer server = new TestServer((ex, r) -> {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 0); // 0 = chunked
            ex.getResponseBody().write(big.getBytes(StandardCharsets.UTF_8));
        })) {
            ApiResponse r = transport().send(ApiRequest.builder(method, server.url("/v2/images")).build());
            assertEquals(big, r.bodyText());
        }
    }

    @Test
    void socketEngineSkipsInterimResponsesAndReadsCloseDelimitedBodies() throws IOException {
        String raw = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil close";
        try (RawServer server = new RawServer(raw)) {
            ApiResponse r = transport().send(ApiRequest.builder("PATCH", server.url("/v3/users/u1"))
                    .body("{\"user\": {}}", "application/json").build());
            assertEquals(200, r.status());
            assertEquals("until close", r.bodyText());
            String request = server.requests.get(0);
            assertTrue(request.startsWith("PATCH /v3/users/u1 HTTP/1.1\r\n"), request);
            assertTrue(request.contains("\r\nContent-Length: 12\r\n"), request);
            assertTrue(request.contains("\r\nHost: 127.0.0.1:"), request);
            assertTrue(request.endsWith("\r\n\r\n{\"user\": {}}"), request);
        }
    }

    @Test
    void truncatedBodiesAreErrors() throws IOException {
        for (String method : new String[] {"GET", "PATCH"}) {
            try (RawServer server = new RawServer("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort")) {
                assertThrows(IOException.class, () -> transport().send(ApiRequest.builder(method, server.url("/")).build()));
            }
        }
    }

    @Test
    void aGetWithABodyIsRefusedRatherThanSentAsPost() {
        assertThrows(IllegalArgumentException.class,
                () -> transport().send(ApiRequest.builder("GET", "http://127.0.0.1:9/").body(new byte[1]).build()));
    }

    @Test
    void badUrlsAreRefusedEarly() {
        assertThrows(IllegalArgumentException.class, () -> ApiRequest.get("ftp://127.0.0.1/x"));
        assertThrows(IllegalArgumentException.class, () -> ApiRequest.get("/v3/users"));
        assertThrows(IllegalArgumentException.class, () -> ApiRequest.builder("GET", "http://h/").header("X", "a\r\nB: c"));
    }
}
