package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openstack4j.core.transport.HttpMethod;
import org.openstack4j.core.transport.HttpRequest;
import org.openstack4j.core.transport.HttpResponse;
import org.openstack4j.core.transport.internal.HttpExecutor;
import org.openstack4j.model.common.Payloads;

/** openstack4j's payload uploads and octet-stream downloads stream through the bound transport. */
class OpenStack4jStreamingTest {
    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("try") // the binding works by existing
    void payloadUploadIsStreamedWithItsFileLength() throws Exception {
        byte[] data = new byte[123_456];
        new Random(1).nextBytes(data);
        Path file = Files.write(dir.resolve("img"), data);
        List<Exchange> seen = new ArrayList<>();
        try (TestServer server = new TestServer((ex, r) -> TestServer.send(ex, 204, null, ""))) {
            Transport transport = Transport.builder().listener(seen::add).build();
            HttpRequest<Void> request = HttpRequest.builder(Void.class).endpoint(server.url("/v2"))
                    .path("/images/i1/file").method(HttpMethod.PUT).entity(Payloads.create(file.toFile()))
                    .contentType("application/octet-stream").build();
            try (TransportBinding binding = TransportBinding.bind(transport)) {
                HttpResponse response = HttpExecutor.create().execute(request);
                assertEquals(204, response.getStatus());
            }
            assertArrayEquals(data, server.last().body());
            assertEquals("123456", server.last().header("Content-Length"));
            assertEquals("application/octet-stream", server.last().header("Content-Type"));
            assertTrue(seen.get(0).request().requestBody().streamed());
            assertEquals(StreamingTransportTest.hex("SHA-256", data), seen.get(0).sentBody().sha256());
        }
    }

    @Test
    @SuppressWarnings("try")
    void octetStreamDownloadIsHandedOverOpen() throws Exception {
        byte[] data = new byte[200_000];
        new Random(2).nextBytes(data);
        List<Exchange> seen = new ArrayList<>();
        try (TestServer server = new TestServer((ex, r) -> {
            ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
            ex.sendResponseHeaders(200, data.length);
            ex.getResponseBody().write(data);
        })) {
            Transport transport = Transport.builder().listener(seen::add).build();
            HttpRequest<Void> request = HttpRequest.builder(Void.class).endpoint(server.url("/v2"))
                    .path("/images/i1/file").method(HttpMethod.GET).header("Accept", "application/octet-stream").build();
            try (TransportBinding binding = TransportBinding.bind(transport)) {
                HttpResponse response = HttpExecutor.create().execute(request);
                assertEquals(200, response.getStatus());
                assertEquals(0, ((JosHttpResponse) response).unwrap().bodyLength(), "not read by the transport");
                assertTrue(seen.isEmpty(), "the exchange ends when openstack4j has read the body");
                try (InputStream in = response.getInputStream()) {
                    assertArrayEquals(data, in.readAllBytes());
                }
                response.close();
                assertEquals(200_000, ((JosHttpResponse) response).unwrap().receivedBody().length());
                assertEquals(200, binding.lastResponse().status());
            }
            assertEquals(1, seen.size());
            assertEquals(StreamingTransportTest.hex("SHA-256", data), seen.get(0).response().receivedBody().sha256());
        }
    }
}
