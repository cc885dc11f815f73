package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jos.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --debug and --record describe file, stream and binary bodies by length and SHA-256, never by their bytes. */
class StreamedBodyListenersTest {
    @TempDir
    Path dir;

    /** Text that would show up in the output if a body were printed. */
    private static final String MARKER = "IMAGE-BYTES-MUST-NOT-APPEAR";

    @Test
    void uploadsAndDownloadsShowAsPlaceholders() throws Exception {
        byte[] data = (MARKER + "\n").repeat(1000).getBytes(StandardCharsets.US_ASCII);
        Path file = Files.write(dir.resolve("image.raw"), data);
        Path record = dir.resolve("calls.jsonl");
        StringWriter debug = new StringWriter();
        try (TestServer server = new TestServer((ex, r) -> {
            if (r.method().equals("GET")) {
                // a text type: still not printed, as the body was streamed to a file
                ex.getResponseHeaders().add("Content-Type", "text/plain");
                ex.sendResponseHeaders(200, data.length);
                ex.getResponseBody().write(data);
            } else {
                TestServer.send(ex, 204, null, "");
            }
        }); ExchangeRecorder recorder = new ExchangeRecorder(record, ServiceResolver.none(), new Redactor())) {
            Transport t = Transport.builder().listener(recorder)
                    .listener(new DebugLogger(new PrintWriter(debug), TlsSettings.defaults())).build();
            t.send(ApiRequest.builder("PUT", server.url("/v2/images/i1/file")).service("image")
                    .body(RequestBody.file(file, "application/octet-stream")).build());
            t.send(ApiRequest.builder("PUT", server.url("/v2/images/i2/file")).service("image")
                    .body(RequestBody.stream(new ByteArrayInputStream(data), "text/plain")).build());
            ApiResponse down = t.download(ApiRequest.get(server.url("/v2/images/i1/file")).toBuilder()
                    .service("image").build(), new AtomicFileSink(dir.resolve("saved")));
            assertArrayEquals(data, Files.readAllBytes(dir.resolve("saved")));
            assertTrue(down.bodyStreamed());
        }
        String sha = StreamingTransportTest.hex("SHA-256", data);
        String placeholder = "<binary_data: " + data.length + " bytes, sha256 " + sha + ">";
        String log = debug.toString();
        assertFalse(log.contains(MARKER), log);
        List<String> lines = log.lines().toList();
        assertTrue(lines.get(0).endsWith(" -d '" + placeholder + "'"), lines.get(0));
        assertTrue(log.contains("RESP BODY: " + placeholder), log);

        String recorded = Files.readString(record);
        assertFalse(recorded.contains(MARKER), recorded);
        List<JsonNode> records = recorded.lines().map(StreamedBodyListenersTest::parse).toList();
        for (int i = 0; i < 2; i++) {
            assertEquals("<binary data: " + data.length + " bytes>", records.get(i).get("request_body").asText());
            assertEquals(sha, records.get(i).get("request_body_sha256").asText());
        }
        assertEquals("<binary data: " + data.length + " bytes>", records.get(2).get("response_body").asText());
        assertEquals(sha, records.get(2).get("response_body_sha256").asText());
        assertTrue(records.get(2).get("request_body").isNull());
        assertTrue(records.get(2).get("request_body_sha256").isNull());
    }

    @Test
    void inMemoryBodiesOfABinaryContentTypeArePlaceholdersTooAndJsonStaysAsItIs() throws IOException {
        byte[] text = "looks like text".getBytes(StandardCharsets.US_ASCII);
        ApiRequest binary = ApiRequest.builder("PUT", "http://127.0.0.1:9292/v2/images/i1/file")
                .header("Content-Type", "application/octet-stream").body(text).build();
        ApiResponse binaryResponse = new ApiResponse(200, "OK", Headers.of("Content-Type", "application/octet-stream"), text);
        Exchange ex = Exchange.succeeded(java.time.Instant.EPOCH, java.time.Duration.ZERO, binary, binaryResponse);
        Path file = dir.resolve("r.jsonl");
        try (ExchangeRecorder recorder = new ExchangeRecorder(file, ServiceResolver.none(), new Redactor())) {
            JsonNode r = recorder.record(ex);
            assertEquals("<binary data: 15 bytes>", r.get("request_body").asText());
            assertEquals("<binary data: 15 bytes>", r.get("response_body").asText());
            assertEquals(r.get("request_body_sha256"), r.get("response_body_sha256"));

            ApiRequest json = ApiRequest.builder("POST", "http://127.0.0.1:5000/v3/users")
                    .body("{\"user\": {\"name\": \"u\"}}", "application/json").build();
            JsonNode j = recorder.record(Exchanges.ok(json));
            assertEquals("u", j.at("/request_body/user/name").asText());
            assertTrue(j.get("request_body_sha256").isNull());
        }
        List<String> lines = new DebugLogger(new PrintWriter(new StringWriter()), TlsSettings.defaults()).lines(ex);
        assertFalse(String.join("\n", lines).contains("looks like text"), lines.toString());
        assertNull(BinaryBodies.requestPlaceholder(Exchanges.ok(ApiRequest.get("http://127.0.0.1/"))));
    }

    private static JsonNode parse(String line) {
        try {
            return Json.parse(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
