package dev.jos.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.jos.compute.ComputeApi.KeypairSpec;
import dev.jos.http.Transport;
import dev.jos.json.Json;
import dev.jos.session.ApiException;
import dev.jos.session.CloudSession;
import dev.jos.session.CommandException;
import dev.jos.session.Microversion;
import dev.jos.session.Openstack4jCalls;
import dev.jos.session.config.ConfigLoader;

/**
 * The keypair calls of {@link Openstack4jComputeApi} against a stand-in keystone and nova on
 * 127.0.0.1: the paths (names encoded as one segment), user_id queries, bodies, microversion
 * headers, pagination, and openstacksdk's error text.
 */
class Openstack4jComputeApiKeypairTest {
    @TempDir
    Path home;

    record Seen(String method, String rawPath, String rawQuery, String microversion, String body) {
    }

    /** Answers one nova request: status and body. */
    interface Nova {
        Object[] answer(Seen request);
    }

    private HttpServer server;
    private String base;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private Nova nova = r -> new Object[] {200, "{}"};

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.equals("/v3/auth/tokens")) {
                ex.getResponseHeaders().add("X-Subject-Token", "gAAAAjos-token");
                send(ex, 201, "{\"token\": {\"expires_at\": \"2999-01-01T00:00:00.000000Z\", \"methods\": [\"password\"],"
                        + " \"user\": {\"id\": \"u1\", \"name\": \"admin\", \"domain\": {\"id\": \"default\"}},"
                        + " \"project\": {\"id\": \"p1\", \"name\": \"admin\", \"domain\": {\"id\": \"default\"}},"
                        + " \"catalog\": [{\"type\": \"compute\", \"name\": \"nova\", \"id\": \"s1\", \"endpoints\": ["
                        + "{\"id\": \"e1\", \"interface\": \"public\", \"region_id\": \"RegionOne\", \"region\": \"RegionOne\","
                        + " \"url\": \"" + base + "/v2.1\"}]}]}}");
                return;
            }
            if (path.startsWith("/v3")) {
                send(ex, 200, "{\"version\": {\"id\": \"v3.14\", \"status\": \"stable\", \"links\": [{\"rel\": \"self\", \"href\": \""
                        + base + "/v3/\"}]}}");
                return;
            }
            Seen s = new Seen(ex.getRequestMethod(), path, ex.getRequestURI().getRawQuery(),
                    ex.getRequestHeaders().getFirst("OpenStack-API-Version"), body);
            seen.add(s);
            Object[] a = nova.answer(s);
            send(ex, (Integer) a[0], (String) a[1]);
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, status == 204 ? -1 : b.length);
        if (status != 204) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        }
    }

    private ComputeApi api(String requestedVersion) throws Exception {
        Map<String, String> env = Map.of("OS_AUTH_URL", base + "/v3", "OS_USERNAME", "admin", "OS_PASSWORD", "secret",
                "OS_PROJECT_NAME", "admin", "OS_USER_DOMAIN_NAME", "Default", "OS_PROJECT_DOMAIN_NAME", "Default",
                "OS_IDENTITY_API_VERSION", "3");
        CloudSession s = new CloudSession(new ConfigLoader(home.resolve("sys")).load(env, Map.of(), home, home),
                Transport.builder().userAgent("jos/test").build(), null, "jos/test");
        ObjectNode range = Json.object();
        range.put("min", "2.1");
        range.put("max", "2.93");
        Function<String, String> endpoints = type -> base + "/v2.1";
        return new Openstack4jComputeApi(new Openstack4jCalls(s, "compute", endpoints),
                new Microversion.Negotiator(requestedVersion, () -> range));
    }

    private static final String KEYPAIR = "{\"keypair\": {\"name\": \"a b\", \"fingerprint\": \"aa\", \"user_id\": \"u1\"}}";

    @Test
    void getEncodesTheNameAsOneSegmentAndSendsTheKeypairMicroversion() throws Exception {
        nova = r -> new Object[] {200, KEYPAIR};
        ComputeApi api = api(null);
        assertEquals("a b", api.getKeypair("a b", null).path("name").asText());
        api.getKeypair("a/b", "u 2");
        api.getKeypair("..", null);
        assertEquals(new Seen("GET", "/v2.1/os-keypairs/a%20b", null, "compute 2.10", ""), seen.get(0));
        assertEquals(new Seen("GET", "/v2.1/os-keypairs/a%2Fb", "user_id=u+2", "compute 2.10", ""), seen.get(1));
        assertEquals("/v2.1/os-keypairs/%2E%2E", seen.get(2).rawPath());
    }

    @Test
    void theUsersMicroversionWins() throws Exception {
        nova = r -> new Object[] {200, KEYPAIR};
        api("2.1").getKeypair("k", null);
        assertEquals("compute 2.1", seen.get(0).microversion());
    }

    @Test
    void errorsAreWordedAsOpenstacksdkWordsThem() throws Exception {
        nova = r -> r.method().equals("POST")
                ? new Object[] {409, "{\"conflictingRequest\": {\"code\": 409, \"message\": \"Key pair 'k' already exists.\"}}"}
                : new Object[] {404, "{\"itemNotFound\": {\"code\": 404, \"message\": \"Keypair k not found for user u1\"}}"};
        ComputeApi api = api(null);
        ApiException nf = assertThrows(ApiException.class, () -> api.deleteKeypair("k", null));
        assertEquals("ResourceNotFound: 404: Client Error for url: " + base + "/v2.1/os-keypairs/k, Keypair k not found for user u1",
                nf.getMessage());
        assertEquals(404, nf.status());
        ApiException c = assertThrows(ApiException.class, () -> api.createKeypair(new KeypairSpec("k", null, null, null)));
        assertEquals("ConflictException: 409: Client Error for url: " + base + "/v2.1/os-keypairs, Key pair 'k' already exists.",
                c.getMessage());
    }

    @Test
    void createSendsOnlyWhatIsGiven() throws Exception {
        nova = r -> new Object[] {200, KEYPAIR};
        ComputeApi api = api(null);
        api.createKeypair(new KeypairSpec("k", null, null, null));
        api.createKeypair(new KeypairSpec("k", "ssh-ed25519 AAAA", null, "u2"));
        JsonNode generated = Json.parse(seen.get(0).body().getBytes(StandardCharsets.UTF_8)).path("keypair");
        assertEquals("k", generated.path("name").asText());
        assertEquals(1, generated.size(), generated.toString());
        JsonNode imported = Json.parse(seen.get(1).body().getBytes(StandardCharsets.UTF_8)).path("keypair");
        assertEquals("ssh-ed25519 AAAA", imported.path("public_key").asText());
        assertEquals("u2", imported.path("user_id").asText());
        assertEquals("/v2.1/os-keypairs", seen.get(1).rawPath());
        assertEquals("compute 2.10", seen.get(1).microversion());
    }

    @Test
    void deleteWithAUser() throws Exception {
        nova = r -> new Object[] {204, ""};
        api(null).deleteKeypair("k 1", "u2");
        assertEquals(new Seen("DELETE", "/v2.1/os-keypairs/k%201", "user_id=u2", "compute 2.10", ""), seen.get(0));
    }

    @Test
    void listUnwrapsAndFollowsNovasNextLinks() throws Exception {
        nova = r -> r.rawQuery() != null && r.rawQuery().contains("marker=k1")
                ? new Object[] {200, "{\"keypairs\": [{\"keypair\": {\"name\": \"k2\"}}]}"}
                : r.rawQuery() != null && r.rawQuery().contains("marker=k2")
                ? new Object[] {200, "{\"keypairs\": []}"}
                : new Object[] {200, "{\"keypairs\": [{\"keypair\": {\"name\": \"k1\"}}], \"keypairs_links\": [{\"rel\": \"next\","
                        + " \"href\": \"" + base + "/v2.1/os-keypairs?limit=1&marker=k1&user_id=u1\"}]}"};
        List<ObjectNode> all = new ArrayList<>();
        api("2.35").listKeypairs("u1", null, 1, all::add);
        assertEquals(List.of("k1", "k2"), all.stream().map(k -> k.path("name").asText()).toList());
        assertEquals("user_id=u1&limit=1", seen.get(0).rawQuery());
        assertEquals("user_id=u1&limit=1&marker=k1", seen.get(1).rawQuery());
        assertEquals("user_id=u1&marker=k2&limit=1", seen.get(2).rawQuery());
    }

    @Test
    void aLimitNovaIgnoresIsOpenstacksdksEndlessLoop() throws Exception {
        // before 2.35 nova ignores limit and marker: openstacksdk asks again from the last
        // name, gets the same page, and gives up
        nova = r -> new Object[] {200, "{\"keypairs\": [{\"keypair\": {\"name\": \"k1\"}}, {\"keypair\": {\"name\": \"k2\"}}]}"};
        ComputeApi api = api(null);
        List<String> yielded = new ArrayList<>();
        CommandException e = assertThrows(CommandException.class,
                () -> api.listKeypairs(null, null, 1, k -> yielded.add(k.path("name").asText())));
        assertEquals("Endless pagination loop detected, aborting", e.getMessage());
        // openstacksdk has yielded both pages when it notices
        assertEquals(List.of("k1", "k2", "k1", "k2"), yielded);
        assertEquals(List.of("limit=1", "marker=k2&limit=1"), seen.stream().map(Seen::rawQuery).toList());
        seen.clear();
        List<ObjectNode> got = new ArrayList<>();
        api.listKeypairs(null, "x", null, got::add);
        assertEquals(2, got.size());
        assertEquals(1, seen.size());
        seen.clear();
        got.clear();
        api.listKeypairs(null, null, null, got::add);
        assertEquals(2, got.size());
        assertNull(seen.get(0).rawQuery());
    }
}
