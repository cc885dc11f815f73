package dev.jos.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 exchanges with 6 KB bodies (about 60 MB) drawn by a child JVM limited to a 64 MB heap:
 * it only completes if the diagram streams the file instead of holding it. Every part stays
 * under Mermaid's 50,000 characters and the arrow numbers run on from part to part.
 */
class LargeRecordingTest {
    @TempDir
    Path dir;

    static Path generate(Path file, int exchanges) throws IOException {
        String filler = "x".repeat(6_000);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String run = UUID.randomUUID().toString();
            for (int i = 0; i < exchanges; i++) {
                if (i % 500 == 0) {
                    run = UUID.randomUUID().toString(); // a new jos command every 500 exchanges
                }
                String id = new UUID(i, i * 31L).toString();
                String service = i % 3 == 0 ? "nova-api" : i % 3 == 1 ? "glance-api" : "keystone";
                String url = "http://127.0.0.1:8774/v2.1/servers/" + id + (i % 7 == 0 ? "/action" : "");
                w.write("{\"time\":\"2026-12-02T16:00:00.000Z\",\"method\":\"" + (i % 7 == 0 ? "POST" : "GET")
                        + "\",\"url\":\"" + url + "\",\"status\":200,\"duration_ms\":1.5,\"service\":\"" + service
                        + "\",\"request_headers\":{\"Accept\":\"application/json\"},\"request_body\":null,"
                        + "\"response_headers\":{\"Content-Type\":\"application/json\"},\"response_body\":{\"server\":{\"id\":\""
                        + id + "\",\"pad\":\"" + filler + "\"}},\"request_id\":null,\"error\":null,"
                        + "\"request_body_sha256\":null,\"response_body_sha256\":null,\"record_version\":\"1.2\","
                        + "\"invocation_id\":\"" + run + "\",\"command\":[\"jos\",\"server\",\"show\"],"
                        + "\"command_name\":\"server show\",\"requestshook_id\":null,\"reason\":\"OK\"}\n");
            }
        }
        return file;
    }

    @Test
    void tenThousandExchangesInA64MegabyteHeap() throws Exception {
        Path recording = generate(dir.resolve("big.jsonl"), 10_000);
        assertTrue(Files.size(recording) > 64L * 1024 * 1024 * 0.9, "bigger than the child's heap");
        Path out = dir.resolve("parts");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "dev.jos.Main", "trace", "diagram", recording.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the child finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("child.log")));

        List<Path> parts;
        try (Stream<Path> s = Files.list(out)) {
            parts = s.sorted().toList();
        }
        assertTrue(parts.size() > 1, "a diagram this large is split to stay under Mermaid's limit");
        Pattern autonumber = Pattern.compile("autonumber (\\d+)\n");
        int expected = 1;
        int arrows = 0;
        for (Path part : parts) {
            String text = Files.readString(part);
            assertTrue(text.length() <= 50_000, part + " has " + text.length() + " characters");
            Matcher m = autonumber.matcher(text);
            assertTrue(m.find());
            assertEquals(expected, Integer.parseInt(m.group(1)), part.toString());
            int here = (int) text.lines().filter(l -> l.contains("->>") || l.contains("-->>")).count();
            expected += here;
            arrows += here;
        }
        assertEquals(20_000, arrows);
    }
}
