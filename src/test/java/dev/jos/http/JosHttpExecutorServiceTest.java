package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.openstack4j.api.exceptions.ConnectionException;
import org.openstack4j.api.exceptions.ServerResponseException;
import org.openstack4j.core.transport.ClientConstants;
import org.openstack4j.core.transport.HttpExecutorService;
import org.openstack4j.core.transport.HttpMethod;
import org.openstack4j.core.transport.HttpRequest;
import org.openstack4j.core.transport.HttpResponse;
import org.openstack4j.core.transport.internal.HttpExecutor;
import org.openstack4j.model.identity.v3.Project;
import org.openstack4j.openstack.identity.v3.domain.KeystoneProject;

/** openstack4j requests run end to end through HttpExecutor.create(), i.e. found by ServiceLoader. */
class JosHttpExecutorServiceTest {
    private static final String PROJECT_JSON = "{\"project\": {\"id\": \"p1\", \"name\": \"demo\", \"domain_id\": \"default\","
            + " \"description\": \"Demo\", \"enabled\": true, \"tags\": [\"a\"]}}\n";

    @Test
    void serviceLoaderFindsTheJosConnector() {
        List<HttpExecutorService> found = new ArrayList<>();
        ServiceLoader.load(HttpExecutorService.class).forEach(found::add);
        assertEquals(1, found.size());
        assertInstanceOf(JosHttpExecutorService.class, found.get(0));
        assertEquals("jos", HttpExecutor.create().getExecutorName());
    }

    @Test
    @SuppressWarnings("try") // the binding works by existing
    void entityRoundTripsWithRootNameAndGoesThroughTheBoundTransport() throws IOException {
        try (TestServer server = new TestServer((ex, r) -> TestServer.send(ex, 201, "application/json", PROJECT_JSON))) {
            List<Exchange> seen = new ArrayList<>();
            Transport transport = Transport.builder().userAgent("jos-test").listener(seen::add).build();
            Project sent = KeystoneProject.builder().name("demo").description("Demo").domainId("default").enabled(true).build();
            HttpRequest<KeystoneProject> request = HttpRequest.builder(KeystoneProject.class)
                    .endpoint(server.url("/v3")).path("/projects").method(HttpMethod.POST).entity(sent)
                    .header(ClientConstants.HEADER_X_AUTH_TOKEN, "tok").header(ClientConstants.HEADER_OS4J_AUTH, "true")
                    .queryParam("name", "a b&c").build();
            KeystoneProject got;
            try (TransportBinding binding = TransportBinding.bind(transport)) {
                HttpResponse response = HttpExecutor.create().execute(request);
                assertEquals(201, response.getStatus());
                assertEquals("application/json", response.getContentType());
                got = response.getEntity(KeystoneProject.class);
            }
            assertEquals("p1", got.getId());
            assertEquals("demo", got.getName());
            assertEquals(List.of("a"), got.getTags());

            TestServer.Received received = server.last();
            assertEquals("POST", received.method());
            assertEquals("/v3/projects", received.rawPath());
            assertEquals("name=a+b%26c", received.rawQuery());
            assertEquals("tok", received.header("X-Auth-Token"));
            assertNull(received.header(ClientConstants.HEADER_OS4J_AUTH));
            assertEquals("application/json", received.header("Content-Type"));
            assertEquals("application/json", received.header("Accept"));
            assertEquals("jos-test", received.header("User-Agent"));
            JsonNode body = new ObjectMapper().readTree(new String(received.body(), StandardCharsets.UTF_8));
            assertEquals("demo", body.at("/project/name").asText());
            assertEquals("default", body.at("/project/domain_id").asText());

            assertEquals(1, seen.size(), "the bound transport saw the exchange");
            assertEquals(server.url("/v3/projects?name=a+b%26c"), seen.get(0).request().url());
        }
        assertTrue(TransportBinding.current().isEmpty(), "binding released");
    }

    @Test
    void patchAndUnboundTransportWork() throws IOException {
        try (TestServer server = new TestServer((ex, r) -> TestServer.send(ex, 200, "application/json", PROJECT_JSON))) {
            HttpRequest<KeystoneProject> request = HttpRequest.builder(KeystoneProject.class)
                    .endpoint(server.url("/v3/")).path("projects/p1").method(HttpMethod.PATCH)
                    .entity(KeystoneProject.builder().description("changed").build()).build();
            KeystoneProject got = HttpExecutor.create().execute(request).getEntity(KeystoneProject.class);
            assertEquals("p1", got.getId());
            assertEquals("PATCH", server.last().method());
            assertEquals("/v3/projects/p1", server.last().rawPath());
            assertEquals("changed", new ObjectMapper().readTree(server.last().body()).at("/project/description").asText());
            assertEquals("jos", server.last().header("User-Agent"));
        }
    }

    @Test
    void errorStatusesMapToOpenstack4jsOutcomes() throws IOException {
        try (TestServer server = new TestServer((ex, r) -> TestServer.send(ex, r.rawPath().endsWith("missing") ? 404 : 500,
                "application/json", "{\"error\": {\"message\": \"boom\", \"code\": 500}}"))) {
            HttpRequest<KeystoneProject> missing = HttpRequest.builder(KeystoneProject.class)
                    .endpoint(server.url("/v3")).path("/projects/missing").build();
            assertNull(HttpExecutor.create().execute(missing).getEntity(KeystoneProject.class));
            HttpRequest<KeystoneProject> broken = HttpRequest.builder(KeystoneProject.class)
                    .endpoint(server.url("/v3")).path("/projects/broken").build();
            HttpResponse response = HttpExecutor.create().execute(broken);
            assertEquals(500, response.getStatus());
            assertThrows(ServerResponseException.class, () -> response.getEntity(KeystoneProject.class));
        }
    }

    @Test
    void unreachableServerIsAConnectionException() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        HttpRequest<Void> request = HttpRequest.builder().endpoint("http://127.0.0.1:" + port + "/v3").path("/").build();
        assertThrows(ConnectionException.class, () -> HttpExecutor.create().execute(request));
    }

    @Test
    @SuppressWarnings("try")
    void bindingsNestAndStayOnTheirThread() throws Exception {
        Transport outer = Transport.builder().build();
        Transport inner = Transport.builder().build();
        try (TransportBinding a = TransportBinding.bind(outer)) {
            try (TransportBinding b = TransportBinding.bind(inner)) {
                assertEquals(inner, TransportBinding.current().orElseThrow());
                java.util.concurrent.atomic.AtomicBoolean otherSeesNone = new java.util.concurrent.atomic.AtomicBoolean();
                Thread other = new Thread(() -> otherSeesNone.set(TransportBinding.current().isEmpty()));
                other.start();
                other.join();
                assertTrue(otherSeesNone.get());
            }
            assertEquals(outer, TransportBinding.current().orElseThrow());
        }
        assertTrue(TransportBinding.current().isEmpty());
    }
}
