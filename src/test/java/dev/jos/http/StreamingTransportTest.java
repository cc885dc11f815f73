package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File and stream request bodies, response bodies into sinks and handed-over streams, over 127.0.0.1. */
class StreamingTransportTest {
    @TempDir
    Path dir;

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    static String hex(String algorithm, byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
    }

    /** Echoes what it got as the server saw it: framing headers and body length. */
    private static TestServer framingEcho() throws IOException {
        return new TestServer((ex, r) -> TestServer.send(ex, 201, "application/json",
                "{\"length\": " + r.body().length + "}"));
    }

    @Test
    void fileBodyGoesWithItsLengthAndComesBackMeteredWithProgressAndDigests() throws Exception {
        byte[] data = random(300_000);
        Path file = Files.write(dir.resolve("image.raw"), data);
        List<Long> progress = new ArrayList<>();
        List<Exchange> seen = new ArrayList<>();
        try (TestServer server = framingEcho()) {
            Transport t = Transport.builder().listener(seen::add).build();
            RequestBody body = RequestBody.file(file, "application/octet-stream").withProgress(progress::add)
                    .withDigests(BodySummary.MD5);
            ApiResponse r = t.send(ApiRequest.builder("PUT", server.url("/v2/images/i1/file")).body(body).build());

            assertEquals(201, r.status());
            assertArrayEquals(data, server.last().body());
            assertEquals("300000", server.last().header("Content-Length"));
            assertNull(server.last().header("Transfer-Encoding"));
            assertEquals("application/octet-stream", server.last().header("Content-Type"));
            assertEquals(300_000, r.sentBody().length());
            assertEquals(hex("SHA-256", data), r.sentBody().sha256());
            assertEquals(hex("MD5", data), r.sentBody().digest(BodySummary.MD5));
            assertEquals(300_000L, progress.get(progress.size() - 1));
            assertTrue(progress.size() > 1, "reported as it goes, not once at the end: " + progress);
            for (int i = 1; i < progress.size(); i++) {
                assertTrue(progress.get(i) > progress.get(i - 1));
            }
            assertEquals(r.sentBody(), seen.get(0).sentBody());
        }
    }

    @Test
    void streamOfUnknownLengthIsSentChunked() throws Exception {
        byte[] data = random(200_000);
        try (TestServer server = framingEcho()) {
            Transport t = Transport.builder().listener(exchange -> { }).build();
            RequestBody body = RequestBody.stream(new ByteArrayInputStream(data), "application/octet-stream");
            assertEquals(-1, body.length());
            ApiResponse r = t.send(ApiRequest.builder("PUT", server.url("/file")).body(body).build());

            assertEquals(201, r.status());
            assertArrayEquals(data, server.last().body());
            assertEquals("chunked", server.last().header("Transfer-Encoding"));
            assertNull(server.last().header("Content-Length"));
            assertEquals(hex("SHA-256", data), r.sentBody().sha256());
        }
    }

    @Test
    void bodiesNobodyWatchesGetNoSha256() throws Exception {
        byte[] data = random(100_000);
        try (TestServer server = framingEcho()) {
            Transport t = Transport.builder().build();
            RequestBody body = RequestBody.stream(new ByteArrayInputStream(data), "application/octet-stream")
                    .withDigests(BodySummary.MD5);
            ApiResponse r = t.send(ApiRequest.builder("PUT", server.url("/file")).body(body).build());

            assertArrayEquals(data, server.last().body());
            assertEquals(100_000, r.sentBody().length());
            assertNull(r.sentBody().sha256(), "no listener: SHA-256 is not worth its cost");
            assertEquals(hex("MD5", data), r.sentBody().digest(BodySummary.MD5), "asked-for digests still come");
        }
    }

    @Test
    void aFileInputStreamKnowsItsRemainingLength() throws Exception {
        Path file = Files.write(dir.resolve("f"), random(5000));
        try (InputStream in = Files.newInputStream(file); var fis = new java.io.FileInputStream(file.toFile())) {
            assertEquals(-1, RequestBody.stream(in, null).length(), "not a FileInputStream: unknown");
            fis.skipNBytes(1000);
            assertEquals(4000, RequestBody.stream(fis, null).length());
        }
        assertThrows(NoSuchFileException.class, () -> RequestBody.file(dir.resolve("missing"), null));
    }

    @Test
    void aStreamShorterThanItsDeclaredLengthFails() throws Exception {
        try (TestServer server = framingEcho()) {
            Transport t = Transport.builder().build();
            RequestBody body = RequestBody.stream(() -> new ByteArrayInputStream(new byte[10]), 20, null);
            assertThrows(IOException.class,
                    () -> t.send(ApiRequest.builder("PUT", server.url("/file")).body(body).build()));
        }
    }

    @Test
    void streamedUploadStillReportsAnErrorStatus() throws Exception {
        Path file = Files.write(dir.resolve("f"), random(10_000));
        try (TestServer server = new TestServer((ex, r) -> TestServer.send(ex, r.rawPath().equals("/401") ? 401 : 413,
                "application/json", "{\"error\": {\"message\": \"no\"}}"))) {
            Transport t = Transport.builder().build();
            ApiResponse tooBig = t.send(ApiRequest.builder("PUT", server.url("/413"))
                    .body(RequestBody.file(file, "application/octet-stream")).build());
            assertEquals(413, tooBig.status());
            assertEquals("{\"error\": {\"message\": \"no\"}}", tooBig.bodyText());
            // the JDK drops a 401's body in streaming mode; the status must still come through
            ApiResponse unauthorized = t.send(ApiRequest.builder("PUT", server.url("/401"))
                    .body(RequestBody.file(file, "application/octet-stream")).build());
            assertEquals(401, unauthorized.status());
        }
    }

    @Test
    void bytesBodiesStillWorkAsBefore() throws Exception {
        try (TestServer server = framingEcho()) {
            ApiResponse r = Transport.builder().build().send(ApiRequest.builder("POST", server.url("/x"))
                    .body("{\"a\": 1}", "application/json").build());
            assertEquals(201, r.status());
            assertNull(r.sentBody(), "plain JSON is not metered");
            assertEquals("{\"a\": 1}", new String(server.last().body(), StandardCharsets.UTF_8));
            ApiRequest streamed = ApiRequest.builder("PUT", server.url("/x"))
                    .body(RequestBody.stream(InputStream.nullInputStream(), null)).build();
            assertThrows(IllegalStateException.class, streamed::body, "a stream is not held, so cannot be returned");
        }
    }

    private static TestServer serving(byte[] data) throws IOException {
        return new TestServer((ex, r) -> {
            if (r.rawPath().equals("/missing")) {
                TestServer.send(ex, 404, "application/json", "{\"message\": \"not found\"}");
                return;
            }
            ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
            ex.sendResponseHeaders(200, data.length);
            ex.getResponseBody().write(data);
        });
    }

    private List<Path> dirListing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void downloadStreamsIntoAFileThatAppearsWhole() throws Exception {
        byte[] data = random(500_000);
        List<Exchange> seen = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        try (TestServer server = serving(data)) {
            Transport t = Transport.builder().listener(seen::add).build();
            Path target = dir.resolve("saved.img");
            Files.writeString(target, "old");
            ApiResponse r = t.download(ApiRequest.get(server.url("/v2/images/i1/file")), new AtomicFileSink(target),
                    progress::add, BodySummary.MD5);

            assertEquals(200, r.status());
            assertEquals(0, r.bodyLength(), "the body went to the file, not to memory");
            assertTrue(r.bodyStreamed());
            assertArrayEquals(data, Files.readAllBytes(target));
            assertEquals(500_000, r.receivedBody().length());
            assertEquals(hex("SHA-256", data), r.receivedBody().sha256());
            assertEquals(hex("MD5", data), r.receivedBody().digest("MD5"));
            assertEquals(500_000L, progress.get(progress.size() - 1));
            assertEquals(List.of(target), dirListing(), "no temporary file left");
            assertEquals(r.receivedBody(), seen.get(0).response().receivedBody());
        }
    }

    @Test
    void downloadOfAnErrorReadsItWholeAndLeavesTheSinkAlone() throws Exception {
        try (TestServer server = serving(new byte[10])) {
            Path target = dir.resolve("x");
            ApiResponse r = Transport.builder().build().download(ApiRequest.get(server.url("/missing")),
                    new AtomicFileSink(target));
            assertEquals(404, r.status());
            assertEquals("{\"message\": \"not found\"}", r.bodyText());
            assertFalse(r.bodyStreamed());
            assertEquals(List.of(), dirListing());
        }
    }

    @Test
    void aTruncatedDownloadLeavesNoFileAndTheOldOneUntouched() throws Exception {
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 100000\r\n"
                + "Connection: close\r\n\r\n";
        byte[] response = (head + "x".repeat(5000)).getBytes(StandardCharsets.ISO_8859_1);
        List<Exchange> seen = new ArrayList<>();
        try (RawServer server = new RawServer(response, 0)) {
            Path target = dir.resolve("saved.img");
            Files.writeString(target, "old");
            Transport t = Transport.builder().listener(seen::add).build();
            IOException e = assertThrows(IOException.class,
                    () -> t.download(ApiRequest.get(server.url("/f")), new AtomicFileSink(target)));
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
            assertEquals("old", Files.readString(target));
            assertEquals(List.of(target), dirListing(), "the temporary file is gone");
            assertTrue(seen.get(0).failed());
        }
    }

    @Test
    void aSinkThatFailsIsAbortedAndTheFailureReported() throws Exception {
        try (TestServer server = serving(random(100_000))) {
            List<String> calls = new ArrayList<>();
            ResponseSink broken = new ResponseSink() {
                @Override
                public OutputStream open() {
                    calls.add("open");
                    return new OutputStream() {
                        @Override
                        public void write(int b) throws IOException {
                            throw new IOException("disk full");
                        }
                    };
                }

                @Override
                public void commit() {
                    calls.add("commit");
                }

                @Override
                public void abort() {
                    calls.add("abort");
                }
            };
            IOException e = assertThrows(IOException.class,
                    () -> Transport.builder().build().download(ApiRequest.get(server.url("/f")), broken));
            assertEquals("disk full", e.getMessage());
            assertEquals(List.of("open", "abort"), calls);
        }
    }

    @Test
    void downloadIntoACallersStreamLeavesItOpen() throws Exception {
        byte[] data = random(70_000);
        try (TestServer server = serving(data)) {
            boolean[] closed = {false};
            ByteArrayOutputStream out = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            Transport.builder().build().download(ApiRequest.get(server.url("/f")), ResponseSink.to(out));
            assertArrayEquals(data, out.toByteArray());
            assertFalse(closed[0]);
        }
    }

    @Test
    void openHandsTheBodyOverAndReportsTheExchangeWhenItEnds() throws Exception {
        byte[] data = random(80_000);
        List<Exchange> seen = new ArrayList<>();
        try (TestServer server = serving(data)) {
            Transport t = Transport.builder().listener(seen::add).build();
            try (ResponseStream s = t.open(ApiRequest.get(server.url("/f")))) {
                assertEquals(200, s.response().status());
                assertTrue(seen.isEmpty(), "not finished before the body is read");
                assertArrayEquals(data, s.body().readAllBytes());
                assertEquals(1, seen.size());
                assertEquals(hex("SHA-256", data), s.response().receivedBody().sha256());
            }
            assertEquals(1, seen.size(), "reported once");

            ResponseStream early = t.open(ApiRequest.get(server.url("/f")));
            early.body().readNBytes(1000);
            early.close();
            assertEquals(2, seen.size(), "closing early ends the exchange too");
            assertEquals(1000, seen.get(1).response().receivedBody().length());
            assertEquals(-1, early.body().read());

            ResponseStream missing = t.open(ApiRequest.get(server.url("/missing")));
            assertEquals(404, missing.response().status());
            assertEquals("{\"message\": \"not found\"}", new String(missing.body().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(3, seen.size());
        }
    }

    @Test
    void aSinkIsUsedOnce() throws Exception {
        AtomicFileSink sink = new AtomicFileSink(dir.resolve("a"));
        sink.open().close();
        Path temp = sink.tempFile();
        assertTrue(Files.exists(temp));
        assertTrue(temp.getFileName().toString().startsWith(".a."), temp.toString());
        sink.abort();
        assertFalse(Files.exists(temp));
        assertThrows(IllegalStateException.class, sink::open);
    }
}
