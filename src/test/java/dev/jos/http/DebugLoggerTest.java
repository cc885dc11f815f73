package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compares with lines captured from a real {@code openstack --debug} (OSC 6.0, keystoneauth 5.0)
 * run against the lab, in resources/dev/jos/http/osc-debug. Token hashes are normalised because
 * the lab's tokens are unknown; request ids and everything else must match exactly.
 */
class DebugLoggerTest {
    static final String TOKEN = "gAAAAABjos-test-token";
    /** hashlib.sha256(b'gAAAAABjos-test-token').hexdigest() */
    static final String TOKEN_HASH = "{SHA256}b78e0bee3ab7a485774b577e7b88e352766688e2c98eca6532fb40d0e67a20ed";

    static String fixture(String name) throws IOException {
        try (InputStream in = DebugLoggerTest.class.getResourceAsStream("osc-debug/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The text after "RESP BODY: " in a fixture, up to the next log line. */
    static String fixtureBody(String name) throws IOException {
        String text = fixture(name);
        int start = text.indexOf("RESP BODY: ") + "RESP BODY: ".length();
        int end = text.indexOf("\n", start);
        return text.substring(start, end);
    }

    static String normalise(String s) {
        return s.replaceAll("\\{SHA256\\}[0-9a-f]{64}", "{SHA256}<hash>");
    }

    static String print(Exchange exchange) {
        StringWriter buf = new StringWriter();
        new DebugLogger(new PrintWriter(buf), TlsSettings.defaults()).onExchange(exchange);
        return buf.toString();
    }

    static Exchange exchange(ApiRequest request, int status, Headers headers, String body) {
        return Exchange.succeeded(Instant.EPOCH, Duration.ofMillis(5), request,
                new ApiResponse(status, "", headers, body.getBytes(StandardCharsets.UTF_8)));
    }

    static ApiRequest.Builder keystoneGet(String url) {
        return ApiRequest.builder("GET", url).service("keystone")
                .header("X-Auth-Token", TOKEN).header("User-Agent", "python-keystoneclient").header("Accept", "application/json");
    }

    @Test
    void userListMatchesOsc() throws IOException {
        String body = fixtureBody("user-list.txt") + "\n"; // keystone ends its bodies with a newline
        Exchange ex = exchange(keystoneGet("http://127.0.0.1:5000/v3/users?").build(), 200,
                Headers.of("Content-Type", "application/json", "Content-Length", "1494", "Vary", "X-Auth-Token",
                        "x-openstack-request-id", "req-b5c71b02-03ed-42a8-bc88-" + fixture("user-list.txt")
                                .replaceAll("(?s).*req-b5c71b02-03ed-42a8-bc88-([0-9a-f]{12}).*", "$1"),
                        "Connection", "close"), body);
        String out = print(ex);
        assertEquals(normalise(fixture("user-list.txt")), normalise(out));
        assertTrue(out.contains("X-Auth-Token: " + TOKEN_HASH + "\""), out);
        assertFalse(out.contains(TOKEN), out);
    }

    @Test
    void novaNotFoundMatchesOsc() throws IOException {
        Exchange ex = exchange(ApiRequest.builder("GET", "http://127.0.0.1:8774/v2.1/servers/nonexist").service("nova-api")
                        .header("Accept", "application/json").header("User-Agent", "python-novaclient")
                        .header("X-Auth-Token", TOKEN).header("X-OpenStack-Nova-API-Version", "2.1").build(), 404,
                Headers.of("Content-Length", "83", "Content-Type", "application/json; charset=UTF-8",
                        "X-Openstack-Nova-Api-Version", "2.1", "Vary", "OpenStack-API-Version",
                        "Vary", "X-OpenStack-Nova-API-Version",
                        "X-Openstack-Request-Id", "req-a7e00735-a0f9-4776-ab97-55b4e84f24a1",
                        "X-Compute-Request-Id", "req-a7e00735-a0f9-4776-ab97-55b4e84f24a1",
                        "Openstack-Api-Version", "compute 2.1",
                        "Date", "Sat, 21 Nov 2026 21:59:13 GMT", "Connection", "keep-alive"),
                fixtureBody("server-show-404.txt"));
        assertEquals(normalise(fixture("server-show-404.txt")), normalise(print(ex)));
    }

    @Test
    void sdkQueryUrlIsQuotedLikeOsc() throws IOException {
        String ua = "openstacksdk/0.101.0 keystoneauth1/5.0.0 python-requests/2.28.1 CPython/3.11.2";
        Exchange ex = exchange(ApiRequest.builder("GET", "http://127.0.0.1:9696/v2.0/networks?name=foo").service("network")
                        .header("User-Agent", ua).header("X-Auth-Token", TOKEN).header("Accept", "application/json").build(), 200,
                Headers.of("Content-Type", "application/json", "Content-Length", "15",
                        "X-Openstack-Request-Id", "req-1342e922-0c12-4818-9421-b53b88e07b03",
                        "Date", "Sat, 21 Nov 2026 21:59:17 GMT", "Connection", "keep-alive"),
                "{\"networks\":[]}");
        assertEquals(normalise(fixture("network-list-query.txt")), normalise(print(ex)));
    }

    @Test
    void tokenValidationHashesBothTokensAndRemovesTheCatalog() throws IOException {
        String printed = fixtureBody("token-validate.txt");
        String raw = printed.replace("\"catalog\": \"<removed>\"",
                "\"catalog\":[{\"endpoints\":[{\"url\":\"http://127.0.0.1:5000/v3\"}],\"type\":\"identity\"}]");
        String requestId = fixture("token-validate.txt").replaceAll("(?s).*x-openstack-request-id: (req-[0-9a-f-]{36}).*", "$1");
        Exchange ex = exchange(keystoneGet("http://127.0.0.1:5000/v3/auth/tokens").header("X-Subject-Token", TOKEN).build(), 200,
                Headers.of("Content-Type", "application/json", "Content-Length", "3398", "X-Subject-Token", TOKEN,
                        "Vary", "X-Auth-Token", "x-openstack-request-id", requestId, "Connection", "close"), raw);
        String out = print(ex);
        assertEquals(normalise(fixture("token-validate.txt")), normalise(out));
        assertFalse(out.contains(TOKEN));
    }

    @Test
    void deleteWithoutContentTypeOmitsTheBodyLikeOsc() throws IOException {
        Exchange ex = exchange(keystoneGet("http://127.0.0.1:5000/v3/users/04cf468c60ed41d1a6be88b7b5b29286").build(), 204,
                Headers.of("Vary", "X-Auth-Token", "x-openstack-request-id", "req-b751b11d-e5c9-4deb-8f77-a5aa84efebdf",
                        "Connection", "close"), "");
        Exchange delete = new Exchange(ex.start(), ex.duration(),
                ApiRequest.builder("DELETE", ex.request().url()).headers(ex.request().headers()).service("identity").build(),
                ex.response(), null);
        assertEquals(normalise(fixture("delete-204.txt")), normalise(print(delete)));
    }

    @Test
    void postBodyIsReencodedPythonStyleLikeOsc() throws IOException {
        String compact = "{\"project\":{\"name\":\"jos-http-probe\",\"description\":\"Zoë ✓ \\\"q\\\"\",\"enabled\":true,"
                + "\"options\":{},\"tags\":[]}}";
        Exchange ex = exchange(ApiRequest.builder("POST", "http://127.0.0.1:5000/v3/projects").service("keystone")
                        .header("Accept", "application/json").header("User-Agent", "python-keystoneclient")
                        .header("X-Auth-Token", TOKEN).body(compact, "application/json").build(), 201,
                Headers.of("Content-Type", "application/json", "Content-Length", "323", "Vary", "X-Auth-Token",
                        "x-openstack-request-id", "req-e930045c-b7c7-4fa4-b4d2-f8943d4a1e9c", "Connection", "close"),
                fixtureBody("project-create.txt"));
        assertEquals(normalise(fixture("project-create.txt")), normalise(print(ex)));
    }

    @Test
    void patchMatchesOsc() throws IOException {
        String url = "http://127.0.0.1:5000/v3/projects/f4dfb9cb36e54bedb4787d1d29044d04";
        Exchange ex = exchange(ApiRequest.builder("PATCH", url).service("keystone")
                        .header("Accept", "application/json").header("User-Agent", "python-keystoneclient")
                        .header("X-Auth-Token", TOKEN).body("{\"project\":{\"description\":\"changed\"}}", "application/json").build(), 200,
                Headers.of("Content-Type", "application/json", "Content-Length", "322", "Vary", "X-Auth-Token",
                        "x-openstack-request-id", "req-fbe32a8b-c317-42bd-84ab-d3029132225c", "Connection", "close"),
                fixtureBody("project-set.txt"));
        assertEquals(normalise(fixture("project-set.txt")), normalise(print(ex)));
    }

    @Test
    void discoveryWithoutServiceAndWithoutRequestIdMatchesOsc() throws IOException {
        String ua = "openstacksdk/0.101.0 keystoneauth1/5.0.0 python-requests/2.28.1 CPython/3.11.2";
        String discovery = fixture("discovery.txt");
        Exchange keystone = exchange(ApiRequest.builder("GET", "http://127.0.0.1:5000/v3").header("Accept", "application/json")
                        .header("User-Agent", ua).build(), 200,
                Headers.of("Content-Type", "application/json", "Content-Length", "249", "Vary", "X-Auth-Token",
                        "x-openstack-request-id", discovery.replaceAll("(?s).*request id (req-[0-9a-f-]{36}).*", "$1"),
                        "Connection", "close"), fixtureBody("discovery.txt"));
        assertEquals(discovery, print(keystone));
        String glance = fixture("image-discovery-300.txt");
        Exchange image = exchange(ApiRequest.builder("GET", "http://127.0.0.1:9292").header("Accept", "application/json")
                        .header("User-Agent", ua).build(), 300,
                Headers.of("Content-Type", "application/json", "Content-Length", "1053",
                        "Date", glance.replaceAll("(?s).*Date: ([^G]+GMT).*", "$1"), "Connection", "keep-alive"),
                fixtureBody("image-discovery-300.txt"));
        assertEquals(glance, print(image));
    }

    @Test
    void passwordAuthenticationIsLoggedLikeTheIdentityPlugin() throws IOException {
        String[] expected = fixture("password-auth.txt").split("\n");
        String responseCompact = new com.fasterxml.jackson.databind.ObjectMapper().readTree(expected[1]).toString();
        String password = "s3cret-Passw0rd";
        ApiRequest auth = ApiRequest.builder("POST", "http://127.0.0.1:5000/v3/auth/tokens").service("keystone")
                .body("{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"admin\","
                        + "\"domain\":{\"name\":\"Default\"},\"password\":\"" + password + "\"}}}}}", "application/json").build();
        Exchange ex = exchange(auth, 201, Headers.of("X-Subject-Token", TOKEN, "Content-Type", "application/json"), responseCompact);
        String out = print(ex);
        assertEquals(fixture("password-auth.txt"), out);
        assertFalse(out.contains(password) || out.contains(TOKEN), out);
    }

    @Test
    void failedAuthenticationPrintsOnlyTheAttempt() {
        ApiRequest auth = ApiRequest.builder("POST", "http://127.0.0.1:5000/v3/auth/tokens").body("{}", "application/json").build();
        Exchange ex = exchange(auth, 401, Headers.of("Content-Type", "application/json"), "{\"error\": {\"code\": 401}}");
        assertEquals("Making authentication request to http://127.0.0.1:5000/v3/auth/tokens\n", print(ex));
    }

    @Test
    void passwordsInOtherBodiesAreMasked() {
        String password = "probe-pass-123";
        ApiRequest create = ApiRequest.builder("POST", "http://127.0.0.1:5000/v3/users").service("keystone")
                .header("X-Auth-Token", TOKEN)
                .body("{\"user\":{\"name\":\"u\",\"password\":\"" + password + "\",\"password_expires_at\":null}}", "application/json").build();
        Exchange ex = exchange(create, 201, Headers.of("Content-Type", "application/json", "x-openstack-request-id", "req-1"),
                "{\"user\": {\"name\": \"u\", \"password\": \"" + password + "\"}}");
        String out = print(ex);
        assertTrue(out.contains("-d '{\"user\": {\"name\": \"u\", \"password\": \"***\", \"password_expires_at\": null}}'"), out);
        assertTrue(out.contains("RESP BODY: {\"user\": {\"name\": \"u\", \"password\": \"***\"}}"), out);
        assertFalse(out.contains(password) || out.contains(TOKEN), out);
    }

    @Test
    void curlFlagsFollowTlsSettings() {
        Exchange ex = Exchange.failed(Instant.EPOCH, Duration.ZERO, ApiRequest.get("https://127.0.0.1:5000/v3"), new ConnectException("refused"));
        StringWriter insecure = new StringWriter();
        new DebugLogger(new PrintWriter(insecure), TlsSettings.insecureSettings()).onExchange(ex);
        StringWriter cacert = new StringWriter();
        new DebugLogger(new PrintWriter(cacert), new TlsSettings(Path.of("/etc/ca.pem"), null, null, false)).onExchange(ex);
        assertEquals("REQ: curl -g -i --insecure -X GET https://127.0.0.1:5000/v3\n", insecure.toString());
        assertEquals("REQ: curl -g -i --cacert \"/etc/ca.pem\" -X GET https://127.0.0.1:5000/v3\n", cacert.toString());
    }

    @Test
    void binaryBodiesAndOtherContentTypesAreNotPrinted() {
        ApiRequest upload = ApiRequest.builder("PUT", "http://127.0.0.1:9292/v2/images/i1/file").service("glance")
                .header("Content-Type", "application/octet-stream").body(new byte[] {0, (byte) 0xff, 1}).build();
        Exchange ex = exchange(upload, 200, Headers.of("Content-Type", "application/octet-stream"), "\u0000binary");
        List<String> lines = new DebugLogger(new PrintWriter(new StringWriter()), TlsSettings.defaults()).lines(ex);
        // length and SHA-256 of {0, 0xff, 1}, never the bytes
        assertTrue(lines.get(0).endsWith(" -d '<binary_data: 3 bytes, sha256 "
                + "47ffa3ea45a70b8a41c2c0825df323c00a8b7a01c1ea06083cc41dddcc001123>'"), lines.get(0));
        assertEquals("RESP BODY: Omitted, Content-Type is set to application/octet-stream. Only application/json, "
                + "text/plain responses have their bodies logged.", lines.get(2));
    }

    @Test
    void resolverNamesServicesForUntaggedRequests() {
        ServiceResolver catalog = ServiceResolver.byEndpoint(java.util.Map.of("http://127.0.0.1:8774/v2.1/", "compute"));
        DebugLogger logger = new DebugLogger(new PrintWriter(new StringWriter()), TlsSettings.defaults(), catalog, new Redactor());
        Exchange ex = exchange(ApiRequest.get("http://127.0.0.1:8774/v2.1/flavors"), 200,
                Headers.of("X-Compute-Request-Id", "req-9"), "");
        assertEquals("GET call to compute for http://127.0.0.1:8774/v2.1/flavors used request id req-9", logger.lines(ex).get(3));
    }
}
