package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeRecorderTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dir;

    private List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(mapper.readTree(line)); // each line on its own must be a JSON object
        }
        return out;
    }

    @Test
    void oneFlushedJsonObjectPerExchangeInAPrivateFile() throws IOException {
        Path file = dir.resolve("calls.jsonl");
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T21:52:38.123456Z"), ZoneOffset.UTC);
        try (TestServer server = new TestServer((ex, r) -> {
            ex.getResponseHeaders().add("x-openstack-request-id", "req-abc");
            TestServer.send(ex, r.method().equals("DELETE") ? 204 : 200, "application/json", r.method().equals("DELETE") ? "" : "{\"users\":[]}");
        }); ExchangeRecorder recorder = new ExchangeRecorder(file, ServiceResolver.none(), new Redactor())) {
            Transport t = Transport.builder().userAgent("jos-test").clock(clock).listener(recorder).build();
            t.send(ApiRequest.builder("GET", server.url("/v3/users?name=a%20b")).service("identity").build());
            // flushed: readable while the recorder is still open
            List<JsonNode> first = lines(file);
            assertEquals(1, first.size());
            JsonNode r = first.get(0);
            assertEquals(List.of("time", "method", "url", "status", "duration_ms", "service", "request_headers",
                    "request_body", "response_headers", "response_body", "request_id", "error", "request_body_sha256",
                    "response_body_sha256", "record_version", "invocation_id", "command", "command_name",
                    "requestshook_id", "reason"), fieldNames(r));
            assertEquals("2026-11-21T21:52:38.123Z", r.get("time").asText());
            assertEquals("GET", r.get("method").asText());
            assertEquals(server.url("/v3/users?name=a%20b"), r.get("url").asText());
            assertEquals(200, r.get("status").asInt());
            assertTrue(r.get("duration_ms").isNumber() && r.get("duration_ms").asDouble() >= 0);
            assertEquals("keystone", r.get("service").asText());
            assertEquals("jos-test", r.get("request_headers").get("User-Agent").asText());
            assertTrue(r.get("request_body").isNull());
            assertEquals("application/json", r.get("response_headers").get("Content-type").asText());
            assertEquals(mapper.readTree("{\"users\":[]}"), r.get("response_body"));
            assertEquals("req-abc", r.get("request_id").asText());
            assertTrue(r.get("error").isNull());

            t.send(ApiRequest.builder("DELETE", server.url("/v3/users/u1")).build());
            JsonNode d = lines(file).get(1);
            assertEquals(204, d.get("status").asInt());
            assertEquals("127.0.0.1:" + server.port(), d.get("service").asText());
            assertTrue(d.get("response_body").isNull());
        }
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void appendsToAnExistingFileAndTightensItsMode() throws IOException {
        Path file = dir.resolve("calls.jsonl");
        Files.writeString(file, "{\"earlier\":true}\n");
        boolean posix = Files.getFileStore(file).supportsFileAttributeView("posix");
        if (posix) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        }
        try (ExchangeRecorder recorder = new ExchangeRecorder(file, ServiceResolver.none(), new Redactor())) {
            recorder.onExchange(Exchange.failed(Instant.EPOCH, Duration.ofMillis(3), ApiRequest.get("http://127.0.0.1:9/"),
                    new ConnectException("Connection refused")));
        }
        List<JsonNode> all = lines(file);
        assertEquals(2, all.size());
        JsonNode failed = all.get(1);
        assertEquals("java.net.ConnectException: Connection refused", failed.get("error").asText());
        assertTrue(failed.get("status").isNull());
        assertTrue(failed.get("response_headers").isNull());
        assertEquals("1970-01-01T00:00:00.000Z", failed.get("time").asText());
        assertEquals(3.0, failed.get("duration_ms").asDouble());
        if (posix) {
            // a recording holds the cloud's traffic: only its owner may read it, whatever it was (#6.10)
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void serviceComesFromTagThenResolverThenHostPort() throws IOException {
        Path file = dir.resolve("s.jsonl");
        ServiceResolver catalog = ServiceResolver.byEndpoint(Map.of("http://127.0.0.1:9292", "image"))
                .orElse(ServiceResolver.byDefaultPort());
        try (ExchangeRecorder recorder = new ExchangeRecorder(file, catalog, new Redactor())) {
            for (String url : List.of("http://127.0.0.1:9292/v2/images", "http://127.0.0.1:8774/v2.1/servers",
                    "http://127.0.0.1:9696/v2.0/networks", "http://127.0.0.1:8778/resource_providers",
                    "http://127.0.0.1:5000/v3", "https://example.org/x")) {
                recorder.onExchange(Exchanges.ok(ApiRequest.get(url)));
            }
            recorder.onExchange(Exchanges.ok(ApiRequest.builder("GET", "http://127.0.0.1:1/").service("nova").build()));
        }
        assertEquals(List.of("glance-api", "nova-api", "neutron-server", "placement-api", "keystone", "example.org:443", "nova-api"),
                lines(file).stream().map(n -> n.get("service").asText()).toList());
    }

    @Test
    void bodiesAreJsonTextOrABinaryMarker() throws IOException {
        Path file = dir.resolve("b.jsonl");
        try (ExchangeRecorder recorder = new ExchangeRecorder(file, ServiceResolver.none(), new Redactor())) {
            recorder.onExchange(Exchange.succeeded(Instant.EPOCH, Duration.ZERO,
                    ApiRequest.builder("PUT", "http://127.0.0.1:9292/v2/images/i/file").body(new byte[] {0, 1, (byte) 0xfe}).build(),
                    new ApiResponse(200, "OK", Headers.of("Content-Type", "text/plain"), "line one\nline \"two\"".getBytes(StandardCharsets.UTF_8))));
        }
        JsonNode r = lines(file).get(0);
        assertEquals("<binary data: 3 bytes>", r.get("request_body").asText());
        assertEquals("line one\nline \"two\"", r.get("response_body").asText());
    }
}
