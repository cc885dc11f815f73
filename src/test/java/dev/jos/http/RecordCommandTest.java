package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jos.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version 1.2 of the record format: the jos command, the run's id and requestshook's headers. */
class RecordCommandTest {
    @TempDir
    Path dir;

    @Test
    void secretOptionValuesAreMaskedInEveryForm() {
        assertEquals(List.of("--os-password", "***", "user", "create", "--password", "***", "--password-prompt", "bob"),
                Redactor.argv(List.of("--os-password", "hunter2", "user", "create", "--password", "pw", "--password-prompt", "bob")));
        assertEquals(List.of("--os-token=***", "--os-application-credential-secret", "***", "--no-token-cache", "token", "issue"),
                Redactor.argv(List.of("--os-token=gAAAA", "--os-application-credential-secret", "s3cr3t", "--no-token-cache", "token", "issue")));
        // picocli takes abbreviations, so an abbreviated secret option hides its value too
        assertEquals(List.of("--os-pass", "***", "--os-username", "admin", "credential", "create", "--secret", "***"),
                Redactor.argv(List.of("--os-pass", "pw", "--os-username", "admin", "credential", "create", "--secret", "x")));
        assertEquals(List.of("--os-project-name", "admin", "--original-password", "***", "--new-password=***"),
                Redactor.argv(List.of("--os-project-name", "admin", "--original-password", "a", "--new-password=b")));
    }

    @Test
    void linesNameTheRunAndEachRequestCarriesItsOwnRequestshookId() throws IOException {
        Path file = dir.resolve("r.jsonl");
        RecordedCommand run = RecordedCommand.of(List.of("--os-password", "pw", "user", "list"), "user list");
        try (TestServer server = TestServer.json("{\"users\":[]}");
             ExchangeRecorder recorder = new ExchangeRecorder(file, ServiceResolver.none(), new Redactor(), run)) {
            Transport t = Transport.builder().listener(recorder).requestStamp(new RequestshookHeaders()).build();
            t.send(ApiRequest.get(server.url("/v3/users")));
            t.send(ApiRequest.get(server.url("/v3/users")));

            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lines.add(Json.parse(line));
            }
            assertEquals(2, lines.size());
            JsonNode a = lines.get(0);
            JsonNode b = lines.get(1);
            assertEquals("1.2", a.get("record_version").asText());
            assertEquals(run.invocationId(), a.get("invocation_id").asText());
            assertEquals(a.get("invocation_id"), b.get("invocation_id"));
            assertEquals(Json.parse("[\"jos\",\"--os-password\",\"***\",\"user\",\"list\"]"), a.get("command"));
            assertTrue(!Files.readString(file).contains("\"pw\""), "the password never reaches the file");
            assertEquals("user list", a.get("command_name").asText());
            assertEquals("OK", a.get("reason").asText());

            String idA = a.get("requestshook_id").asText();
            String idB = b.get("requestshook_id").asText();
            assertTrue(idA.matches("[0-9a-f]{32}"), idA);
            assertNotEquals(idA, idB, "one id per exchange, as requestshook's client hook makes them");
            assertEquals(idA, a.get("request_headers").get(RequestshookHeaders.REQUEST_ID).asText());
            assertEquals("jos", a.get("request_headers").get(RequestshookHeaders.REQUEST_FROM).asText());
            // sent on the wire, not only written down
            assertEquals(idA, server.received.get(0).header("X-Requestshook-Request-Id"));
            assertEquals("jos", server.received.get(0).header("X-Requestshook-Request-From"));
        }
    }

    @Test
    void withoutTheStampNothingIsAdded() throws IOException {
        Path file = dir.resolve("plain.jsonl");
        try (TestServer server = TestServer.json("{}");
             ExchangeRecorder recorder = new ExchangeRecorder(file, ServiceResolver.none(), new Redactor())) {
            Transport.builder().listener(recorder).build().send(ApiRequest.get(server.url("/")));
            JsonNode r = Json.parse(Files.readAllLines(file).get(0));
            assertNull(server.received.get(0).header("X-Requestshook-Request-Id"));
            assertTrue(r.get("requestshook_id").isNull());
            assertTrue(r.get("command").isNull());
            assertTrue(r.get("invocation_id").isNull());
        }
    }
}
