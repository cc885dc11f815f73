package dev.jos.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.jos.Context;
import dev.jos.Jos;

/**
 * The whole CLI in-process against a stand-in keystone and nova on 127.0.0.1: openstack4j's
 * calls go through jos's transport with the negotiated microversion, nova's pages are followed,
 * and what discovery learned is cached with the token so a cached run makes one request.
 */
class ComputeSessionTest {
    @TempDir
    Path home;

    private HttpServer server;
    private String base;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<String> versions = new CopyOnWriteArrayList<>();
    private volatile int flavorStatus = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String query = ex.getRequestURI().getRawQuery();
        ex.getRequestBody().readAllBytes();
        // openstack4j keeps query parameters in a hash map: compare them in sorted order
        seen.add(ex.getRequestMethod() + " " + path + (query == null ? ""
                : "?" + String.join("&", java.util.Arrays.stream(query.split("&")).sorted().toList())));
        if (path.startsWith("/v2.1/")) {
            versions.add(String.valueOf(ex.getRequestHeaders().getFirst("OpenStack-API-Version")));
        }
        int status = 200;
        String body;
        if (path.equals("/v3/auth/tokens")) {
            ex.getResponseHeaders().add("X-Subject-Token", "gAAAAAtest");
            status = 201;
            body = "{\"token\": {\"expires_at\": \"2999-01-01T00:00:00.000000Z\", \"methods\": [\"password\"],"
                    + " \"user\": {\"id\": \"u1\", \"name\": \"u\", \"domain\": {\"id\": \"default\", \"name\": \"Default\"}},"
                    + " \"project\": {\"id\": \"p1\", \"name\": \"p\", \"domain\": {\"id\": \"default\", \"name\": \"Default\"}},"
                    + " \"catalog\": [" + service("identity", base + "/v3") + ", " + service("compute", base + "/v2.1") + "]}}";
        } else if (path.equals("/v2.1")) {
            body = "{\"version\": {\"id\": \"v2.1\", \"status\": \"CURRENT\", \"version\": \"2.93\", \"min_version\": \"2.1\"}}";
        } else if (path.equals("/v2.1/flavors/detail") && flavorStatus != 200) {
            status = flavorStatus;
            body = "{\"forbidden\": {\"code\": 403, \"message\": \"Policy doesn't allow it.\"}}";
        } else if (path.equals("/v2.1/flavors/detail") && (query == null || !query.contains("marker="))) {
            body = "{\"flavors\": [" + flavor("f1", "one") + "], \"flavors_links\": [{\"rel\": \"next\", \"href\": \""
                    + base + "/v2.1/flavors/detail?is_public=True&marker=f1\"}]}";
        } else if (path.equals("/v2.1/flavors/detail")) {
            body = "{\"flavors\": [" + flavor("f2", "two") + "]}";
        } else {
            status = 404;
            body = "{\"itemNotFound\": {\"code\": 404, \"message\": \"Not found.\"}}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String service(String type, String url) {
        return "{\"type\": \"" + type + "\", \"name\": \"" + type + "\", \"id\": \"s-" + type + "\", \"endpoints\": [{\"id\": \"e-"
                + type + "\", \"interface\": \"public\", \"region_id\": \"RegionOne\", \"region\": \"RegionOne\", \"url\": \"" + url + "\"}]}";
    }

    private static String flavor(String id, String name) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"ram\": 512, \"disk\": 1, \"swap\": \"\","
                + " \"OS-FLV-EXT-DATA:ephemeral\": 0, \"OS-FLV-DISABLED:disabled\": false, \"vcpus\": 1,"
                + " \"os-flavor-access:is_public\": true, \"rxtx_factor\": 1.0, \"extra_specs\": {\"hw:cpu_policy\": \"shared\"}}";
    }

    private record Run(int rc, String out, String err) {
    }

    private Run jos(Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("OS_AUTH_URL", base + "/v3", "OS_USERNAME", "u", "OS_PASSWORD", "p",
                "OS_PROJECT_NAME", "p", "OS_USER_DOMAIN_NAME", "Default", "OS_PROJECT_DOMAIN_NAME", "Default",
                "XDG_CACHE_HOME", home.resolve("cache").toString()));
        env.putAll(extraEnv);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Jos.run(args, new Context(env, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]), home, home, () -> false));
        return new Run(rc, out.toString(), err.toString());
    }

    @Test
    void everyPageIsListedAndACachedRunMakesOneRequestPerPage() {
        Run first = jos(Map.of(), "flavor", "list", "-f", "value", "-c", "Name");
        assertEquals(0, first.rc(), first.err());
        assertEquals("one\ntwo\n", first.out());
        assertEquals(List.of("POST /v3/auth/tokens", "GET /v2.1", "GET /v2.1/flavors/detail?is_public=True",
                "GET /v2.1/flavors/detail?is_public=True&marker=f1"), seen);
        assertEquals(List.of("compute 2.61", "compute 2.61"), versions);

        seen.clear();
        Run cached = jos(Map.of(), "flavor", "list", "-f", "value", "-c", "Name");
        assertEquals("one\ntwo\n", cached.out());
        assertEquals(List.of("GET /v2.1/flavors/detail?is_public=True", "GET /v2.1/flavors/detail?is_public=True&marker=f1"), seen);
    }

    @Test
    void anExplicitMicroversionIsSentAsItIsWithoutDiscovery() {
        Run r = jos(Map.of("OS_COMPUTE_API_VERSION", "2.1"), "flavor", "list", "--limit", "1", "-f", "value", "-c", "ID");
        assertEquals(0, r.rc(), r.err());
        assertEquals("f1\n", r.out());
        assertEquals(List.of("POST /v3/auth/tokens", "GET /v2.1/flavors/detail?is_public=True&limit=1"), seen);
        assertEquals(List.of("compute 2.1"), versions);
    }

    @Test
    void errorsAreWordedAsOpenstacksdkWordsThem() {
        flavorStatus = 403;
        Run r = jos(Map.of(), "flavor", "list");
        assertEquals(1, r.rc());
        assertEquals("", r.out());
        assertEquals("HttpException: 403: Client Error for url: " + base
                + "/v2.1/flavors/detail?is_public=True, Policy doesn't allow it.\n", r.err());
    }
}
