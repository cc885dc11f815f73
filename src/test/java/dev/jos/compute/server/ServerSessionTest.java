package dev.jos.compute.server;

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
import java.util.concurrent.ConcurrentHashMap;
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
 * The whole CLI in-process against stand-in keystone, nova, glance and neutron: the requests the
 * server commands make through openstack4j (and the few direct ones), in OSC's order, with
 * novaclient's microversion header, and the errors worded as each library words them.
 */
class ServerSessionTest {
    static final String IMG = "11111111-1111-1111-1111-111111111111";
    static final String NET = "22222222-2222-2222-2222-222222222222";
    static final String SRV = "33333333-3333-3333-3333-333333333333";

    @TempDir
    Path home;

    private HttpServer server;
    private String base;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final List<String> novaVersions = new CopyOnWriteArrayList<>();

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
        String request = ex.getRequestMethod() + " " + path + (query == null ? "" : "?" + query);
        bodies.put(request, new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        seen.add(request);
        if (path.startsWith("/v2.1/")) {
            novaVersions.add(String.valueOf(ex.getRequestHeaders().getFirst("X-OpenStack-Nova-API-Version")));
        }
        int status = 200;
        String body;
        if (path.equals("/v3/auth/tokens")) {
            ex.getResponseHeaders().add("X-Subject-Token", "gAAAAAtest");
            status = 201;
            body = "{\"token\": {\"expires_at\": \"2999-01-01T00:00:00.000000Z\", \"methods\": [\"password\"],"
                    + " \"user\": {\"id\": \"u1\", \"name\": \"u\", \"domain\": {\"id\": \"default\", \"name\": \"Default\"}},"
                    + " \"project\": {\"id\": \"p1\", \"name\": \"p\", \"domain\": {\"id\": \"default\", \"name\": \"Default\"}},"
                    + " \"catalog\": [" + service("identity", base + "/v3") + ", " + service("compute", base + "/v2.1") + ", "
                    + service("image", base + "/v2") + ", " + service("network", base + "/v2.0") + "]}}";
        } else if (request.equals("GET /v2/images?name=test-img")) {
            body = "{\"images\": [{\"id\": \"" + IMG + "\", \"name\": \"test-img\"}]}";
        } else if (request.equals("GET /v2/images?name=twin")) {
            body = "{\"images\": [{\"id\": \"a\", \"name\": \"twin\"}, {\"id\": \"b\", \"name\": \"twin\"}]}";
        } else if (path.startsWith("/v2/images") && query != null) {
            body = "{\"images\": []}";
        } else if (path.equals("/v2/images/" + IMG)) {
            body = "{\"id\": \"" + IMG + "\", \"name\": \"test-img\"}";
        } else if (request.equals("GET /v2.0/networks?name=internal")) {
            body = "{\"networks\": [{\"id\": \"" + NET + "\", \"name\": \"internal\"}]}";
        } else if (path.equals("/v2.0/networks") && query != null) {
            body = "{\"networks\": []}";
        } else if (path.equals("/v2.1/flavors")) {
            body = "{\"flavors\": [{\"id\": \"f1\", \"name\": \"mini-flavor\"}]}";
        } else if (path.equals("/v2.1/flavors/f1")) {
            body = "{\"flavor\": {\"id\": \"f1\", \"name\": \"mini-flavor\"}}";
        } else if (request.equals("POST /v2.1/servers")) {
            status = 202;
            body = "{\"server\": {\"id\": \"" + SRV + "\", \"links\": [], \"OS-DCF:diskConfig\": \"MANUAL\","
                    + " \"security_groups\": [{\"name\": \"default\"}], \"adminPass\": \"pw\"}}";
        } else if (path.equals("/v2.1/servers/" + SRV)) {
            body = "{\"server\": {\"id\": \"" + SRV + "\", \"name\": \"test-vm\", \"status\": \"BUILD\", \"tenant_id\": \"p1\","
                    + " \"metadata\": {}, \"image\": {\"id\": \"" + IMG + "\"}, \"flavor\": {\"id\": \"f1\"},"
                    + " \"addresses\": {\"internal\": [{\"addr\": \"192.168.100.5\", \"version\": 4}]},"
                    + " \"OS-EXT-STS:power_state\": 1, \"links\": []}}";
        } else if (path.startsWith("/v2.1/")) {
            status = 404;
            ex.getResponseHeaders().add("x-compute-request-id", "req-nova");
            body = "{\"itemNotFound\": {\"code\": 404, \"message\": \"Not there.\"}}";
        } else {
            status = 404;
            body = "{\"NeutronError\": {\"type\": \"NotFound\", \"message\": \"Not there.\", \"detail\": \"\"}}";
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

    private record Run(int rc, String out, String err) {
    }

    private Run jos(String... args) {
        Map<String, String> env = new HashMap<>(Map.of("OS_AUTH_URL", base + "/v3", "OS_USERNAME", "u", "OS_PASSWORD", "p",
                "OS_PROJECT_NAME", "p", "OS_USER_DOMAIN_NAME", "Default", "OS_PROJECT_DOMAIN_NAME", "Default",
                "XDG_CACHE_HOME", home.resolve("cache").toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Jos.run(args, new Context(env, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]), home, home, () -> false));
        return new Run(rc, out.toString(), err.toString());
    }

    @Test
    void theSecondSeedCreateMakesOscsRequestsInOscsOrder() {
        Run r = jos("server", "create", "--image", "test-img", "--flavor", "mini-flavor", "--network", "internal", "test-vm",
                "-f", "value", "-c", "flavor", "-c", "image", "-c", "addresses", "-c", "security_groups", "-c", "adminPass",
                "-c", "OS-EXT-STS:power_state");
        assertEquals(0, r.rc(), r.err());
        // -f value prints what the formatters hold (the power state's number), fields sorted
        assertEquals("1\n{'internal': ['192.168.100.5']}\npw\nmini-flavor (f1)\ntest-img (" + IMG + ")\n[{'name': 'default'}]\n",
                r.out());
        assertEquals(List.of("POST /v3/auth/tokens",
                "GET /v2/images/test-img", "GET /v2/images?name=test-img",
                "GET /v2.1/flavors/mini-flavor", "GET /v2.1/flavors", "GET /v2.1/flavors/f1",
                "GET /v2.0/networks/internal", "GET /v2.0/networks?name=internal",
                "POST /v2.1/servers", "GET /v2.1/servers/" + SRV, "GET /v2/images/" + IMG, "GET /v2.1/flavors/f1"), seen);
        assertEquals("{\"server\":{\"name\":\"test-vm\",\"imageRef\":\"" + IMG + "\",\"flavorRef\":\"f1\",\"min_count\":1,"
                + "\"max_count\":1,\"networks\":[{\"uuid\":\"" + NET + "\"}]}}", bodies.get("POST /v2.1/servers"));
        assertTrue(novaVersions.stream().allMatch("2.1"::equals), novaVersions.toString());
    }

    @Test
    void anUnknownImageIsSearchedAmongHiddenOnesThenReportedAsTheSdkDoes() {
        Run r = jos("server", "create", "--image", "nope", "--flavor", "mini-flavor", "vm");
        assertEquals(1, r.rc());
        assertEquals("No Image found for nope\n", r.err());
        assertEquals(List.of("POST /v3/auth/tokens", "GET /v2/images/nope", "GET /v2/images?name=nope",
                "GET /v2/images?os_hidden=True"), seen);
    }

    @Test
    void twoImagesOfOneNameAreAnSdkDuplicate() {
        Run r = jos("server", "create", "--image", "twin", "--flavor", "mini-flavor", "vm");
        assertEquals(1, r.rc());
        assertEquals("More than one Image exists with the name 'twin'.\n", r.err());
    }

    @Test
    void anUnknownNetworkIsTheSdksMessage() {
        Run r = jos("server", "create", "--image", "test-img", "--flavor", "mini-flavor", "--network", "nope", "vm");
        assertEquals(1, r.rc());
        assertEquals("No Network found for nope\n", r.err());
    }

    @Test
    void anUnknownServerIsOsclibsMessageAfterNovaclientsSearch() {
        Run r = jos("server", "show", "nope");
        assertEquals(1, r.rc());
        assertEquals("No server with a name or ID of 'nope' exists.\n", r.err());
        assertEquals(List.of("POST /v3/auth/tokens", "GET /v2.1/servers/nope", "GET /v2.1/servers?name=nope"), seen);
    }

    @Test
    void novaErrorsAreWordedAsNovaclientWordsThem() {
        Run r = jos("server", "delete", SRV.replace('3', '4'));
        assertEquals(1, r.rc());
        // the search by name itself fails with a 404 here: osc_lib's message still
        assertEquals("No server with a name or ID of '" + SRV.replace('3', '4') + "' exists.\n", r.err());
        Run start = jos("server", "start", SRV);
        assertEquals(1, start.rc());
        assertEquals("Not there. (HTTP 404) (Request-ID: req-nova)\n", start.err());
    }
}
