package dev.jos.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.jos.http.Transport;
import dev.jos.session.ApiException;
import dev.jos.session.CloudApis;
import dev.jos.session.CloudSession;
import dev.jos.session.config.ConfigLoader;

/**
 * Openstack4jComputeApi's flavor calls, wired as jos wires them (CloudApis over a CloudSession),
 * against a stand-in keystone and nova on 127.0.0.1: the paths (names encoded as one segment),
 * the microversion headers openstacksdk sends, nova's pagination, and the SDK's error text.
 */
class Openstack4jComputeApiFlavorTest {
    record Seen(String method, String rawPath, String rawQuery, String microversion, String legacyMicroversion, String body) {
    }

    /** One canned reply: status and JSON body. */
    record Reply(int status, String json) {
    }

    private HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, Reply> replies = new LinkedHashMap<>();
    private String maxVersion = "2.93";
    private ComputeApi compute;

    @TempDir
    Path tmp;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> env = Map.of("OS_AUTH_URL", base + "/v3", "OS_USERNAME", "admin", "OS_PASSWORD", "pw",
                "OS_PROJECT_NAME", "admin", "OS_USER_DOMAIN_NAME", "Default", "OS_PROJECT_DOMAIN_NAME", "Default",
                "OS_IDENTITY_API_VERSION", "3", "HOME", tmp.toString());
        var config = new ConfigLoader(tmp.resolve("sys")).load(env, Map.of(), tmp, tmp);
        CloudSession session = new CloudSession(config, Transport.builder().userAgent("jos/test").build(), null, "jos/test");
        compute = new CloudApis(() -> session).compute();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            if (path.equals("/v3/auth/tokens")) {
                ex.getResponseHeaders().add("X-Subject-Token", "tok");
                send(ex, 201, "{\"token\": {\"expires_at\": \"2999-01-01T00:00:00.000000Z\", \"methods\": [\"password\"],"
                        + " \"user\": {\"id\": \"u1\", \"name\": \"admin\", \"domain\": {\"id\": \"default\", \"name\": \"Default\"}},"
                        + " \"project\": {\"id\": \"p1\", \"name\": \"admin\", \"domain\": {\"id\": \"default\", \"name\": \"Default\"}},"
                        + " \"catalog\": [{\"type\": \"compute\", \"name\": \"nova\", \"id\": \"s1\", \"endpoints\": ["
                        + "{\"id\": \"e1\", \"interface\": \"public\", \"region_id\": \"RegionOne\", \"region\": \"RegionOne\","
                        + " \"url\": \"" + base + "/v2.1\"}]}]}}");
                return;
            }
            if (path.equals("/v2.1") || path.equals("/v2.1/")) {
                send(ex, 200, "{\"version\": {\"id\": \"v2.1\", \"status\": \"CURRENT\", \"version\": \"" + maxVersion
                        + "\", \"min_version\": \"2.1\"}}");
                return;
            }
            seen.add(new Seen(ex.getRequestMethod(), path, query,
                    ex.getRequestHeaders().getFirst("OpenStack-API-Version"),
                    ex.getRequestHeaders().getFirst("X-OpenStack-Nova-API-Version"), body));
            Reply r = replies.getOrDefault(key(ex.getRequestMethod() + " " + path + (query == null ? "" : "?" + query)),
                    new Reply(404, "{\"itemNotFound\": {\"code\": 404, \"message\": \"The resource could not be found.\"}}"));
            send(ex, r.status(), r.json());
        }
    }

    /** openstack4j keeps no order among query parameters: replies are looked up by the sorted query. */
    private static String key(String request) {
        int q = request.indexOf('?');
        if (q < 0) {
            return request;
        }
        List<String> params = new ArrayList<>(List.of(request.substring(q + 1).split("&")));
        java.util.Collections.sort(params);
        return request.substring(0, q + 1) + String.join("&", params);
    }

    private void reply(String request, int status, String json) {
        replies.put(key(request), new Reply(status, json));
    }

    private static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String flavor(String id) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"ram\": 1, \"swap\": \"\"}";
    }

    @Test
    void getEncodesTheNameAsOneSegmentWithTheNegotiatedMicroversion() {
        ApiException e = assertThrows(ApiException.class, () -> compute.getFlavor("a b/../c"));
        assertEquals(404, e.status());
        Seen s = seen.get(0);
        assertEquals("GET", s.method());
        assertEquals("/v2.1/flavors/a%20b%2F..%2Fc", s.rawPath());
        assertEquals("compute 2.61", s.microversion());
        assertEquals("2.61", s.legacyMicroversion());
        assertEquals("ResourceNotFound: 404: Client Error for url: http://127.0.0.1:" + server.getAddress().getPort()
                + "/v2.1/flavors/a%20b%2F..%2Fc, The resource could not be found.", e.getMessage());
    }

    @Test
    void dotsAloneCannotClimbOutOfFlavors() {
        assertThrows(ApiException.class, () -> compute.getFlavor(".."));
        assertEquals("/v2.1/flavors/%2E%2E", seen.get(0).rawPath());
    }

    @Test
    void microversionIsTheServersWhenBelow261() {
        maxVersion = "2.53";
        assertThrows(ApiException.class, () -> compute.getFlavor("x"));
        assertEquals("compute 2.53", seen.get(0).microversion());
        assertEquals(false, compute.supportsMicroversion("2.55"));
    }

    @Test
    void supportsMicroversion255OnANewNova() {
        assertTrue(compute.supportsMicroversion("2.55"));
    }

    @Test
    void listFollowsFlavorsLinksUntilTheLastPage() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        reply("GET /v2.1/flavors/detail?is_public=None", 200, "{\"flavors\": [" + flavor("f1") + "],"
                + " \"flavors_links\": [{\"rel\": \"next\", \"href\": \"" + base + "/v2.1/flavors/detail?is_public=None&marker=f1\"}]}");
        reply("GET /v2.1/flavors/detail?is_public=None&marker=f1", 200, "{\"flavors\": [" + flavor("f2") + "]}");
        List<String> ids = new ArrayList<>();
        compute.listFlavors(Map.of("is_public", "None"), true, f -> ids.add(f.path("id").asText()));
        assertEquals(List.of("f1", "f2"), ids);
        assertEquals(2, seen.size());
    }

    @Test
    void listWithPagingOptionsReadsOnePage() {
        reply("GET /v2.1/flavors/detail?limit=1&is_public=True", 200, "{\"flavors\": [" + flavor("f1") + "],"
                + " \"flavors_links\": [{\"rel\": \"next\", \"href\": \"http://x/v2.1/flavors/detail?limit=1&marker=f1\"}]}");
        Map<String, String> q = new LinkedHashMap<>();
        q.put("limit", "1");
        q.put("is_public", "True");
        List<String> ids = new ArrayList<>();
        compute.listFlavors(q, false, f -> ids.add(f.path("id").asText()));
        assertEquals(List.of("f1"), ids);
        assertEquals(1, seen.size());
    }

    @Test
    void createPostsOpenstacksdksBodyAndWordsA403AsTheSdk() {
        reply("POST /v2.1/flavors", 403, "{\"forbidden\": {\"code\": 403, \"message\": "
                + "\"Policy doesn't allow os_compute_api:os-flavor-manage:create to be performed.\"}}");
        ApiException e = assertThrows(ApiException.class, () -> compute.createFlavor(
                new ComputeApi.FlavorSpec("f", null, 256L, 1L, 0L, 0L, 0L, 1.0, true, null)));
        assertEquals("HttpException: 403: Client Error for url: http://127.0.0.1:" + server.getAddress().getPort()
                + "/v2.1/flavors, Policy doesn't allow os_compute_api:os-flavor-manage:create to be performed.", e.getMessage());
        String body = seen.get(0).body();
        for (String part : List.of("\"rxtx_factor\":1.0", "\"ram\":256", "\"disk\":0", "\"swap\":0", "\"vcpus\":1",
                "\"OS-FLV-EXT-DATA:ephemeral\":0", "\"os-flavor-access:is_public\":true", "\"id\":null", "\"name\":\"f\"")) {
            assertTrue(body.replace(" ", "").contains(part), part + " in " + body);
        }
        assertTrue(!body.contains("description"), body);
        assertEquals("compute 2.61", seen.get(0).microversion());
    }

    @Test
    void badRequestIsTheSdksBadRequestException() {
        reply("POST /v2.1/flavors", 400, "{\"badRequest\": {\"code\": 400, \"message\": "
                + "\"Invalid input for field/attribute ram. Value: -1. -1 is less than the minimum of 1\"}}");
        ApiException e = assertThrows(ApiException.class, () -> compute.createFlavor(
                new ComputeApi.FlavorSpec("f", null, -1L, 1L, 0L, 0L, 0L, 1.0, true, null)));
        assertTrue(e.getMessage().startsWith("BadRequestException: 400: Client Error for url: "), e.getMessage());
        assertTrue(e.getMessage().endsWith(", Invalid input for field/attribute ram. Value: -1. -1 is less than the minimum of 1"));
    }

    @Test
    void extraSpecAndDescriptionPathsAreEncoded() {
        reply("DELETE /v2.1/flavors/f1/os-extra_specs/hw%3Acpu%2Fx", 202, "");
        reply("PUT /v2.1/flavors/f%2F1", 200, "{\"flavor\": " + flavor("f/1") + "}");
        reply("POST /v2.1/flavors/f1/os-extra_specs", 200, "{\"extra_specs\": {\"k\": \"v\"}}");
        compute.deleteFlavorExtraSpec("f1", "hw:cpu/x");
        ObjectNode updated = compute.updateFlavorDescription("f/1", "d");
        assertEquals("f/1", updated.path("id").asText());
        assertEquals(Map.of("k", "v"), compute.createFlavorExtraSpecs("f1", Map.of("k", "v")));
        assertEquals("compute 2.61", seen.get(0).microversion());
        assertEquals("/v2.1/flavors/f%2F1", seen.get(1).rawPath());
        assertTrue(seen.get(1).body().replace(" ", "").contains("{\"flavor\":{\"description\":\"d\"}}"), seen.get(1).body());
    }

    @Test
    void accessCallsCarryNoMicroversionAsInTheSdk() {
        replies.put("GET /v2.1/flavors/f1/os-flavor-access", new Reply(200,
                "{\"flavor_access\": [{\"flavor_id\": \"f1\", \"tenant_id\": \"p1\"}]}"));
        reply("POST /v2.1/flavors/f1/action", 200, "{\"flavor_access\": []}");
        assertEquals("p1", compute.flavorAccess("f1").get(0).path("tenant_id").asText());
        compute.addFlavorAccess("f1", "p2");
        compute.removeFlavorAccess("f1", "p2");
        assertEquals(null, seen.get(0).microversion());
        assertTrue(seen.get(1).body().contains("addTenantAccess") && seen.get(1).body().contains("p2"), seen.get(1).body());
        assertTrue(seen.get(2).body().contains("removeTenantAccess"), seen.get(2).body());
        assertEquals(null, seen.get(2).microversion());
    }
}
