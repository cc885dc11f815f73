package dev.jos.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay harness itself, driven by plain HttpURLConnection calls. */
class ReplayServerTest {
    /** A token request whose catalog points at nova, and one nova call with a query. */
    private static final String RECORDING = String.join("\n",
            "{\"method\":\"POST\",\"url\":\"http://127.0.0.1:5000/v3/auth/tokens\",\"status\":201,"
                    + "\"request_headers\":{\"Content-Type\":\"application/json\"},"
                    + "\"request_body\":{\"auth\":{\"identity\":{\"methods\":[\"password\"]}}},"
                    + "\"response_headers\":{\"X-Subject-Token\":\"gAAAAAtoken\",\"Content-Type\":\"application/json\","
                    + "\"Content-Length\":\"999\"},"
                    + "\"response_body\":{\"token\":{\"catalog\":[{\"type\":\"compute\",\"endpoints\":"
                    + "[{\"url\":\"http://127.0.0.1:8774/v2.1\"}]},{\"type\":\"identity\",\"endpoints\":"
                    + "[{\"url\":\"http://127.0.0.1:5000/v3/\"}]}]}}}",
            "",
            "{\"method\":\"GET\",\"url\":\"http://127.0.0.1:8774/v2.1/servers/detail?limit=2&all_tenants=True\","
                    + "\"status\":200,\"request_headers\":{},\"request_body\":null,"
                    + "\"response_headers\":{\"Content-Type\":[\"application/json\"]},"
                    + "\"response_body\":\"{\\\"servers\\\": []}\"}",
            "{\"method\":\"DELETE\",\"url\":\"http://127.0.0.1:5000/v3/users/abc\",\"status\":204,"
                    + "\"request_headers\":{},\"request_body\":null,\"response_headers\":{},\"response_body\":null}");

    record Reply(int status, String body, String subjectToken, String contentType) {
    }

    private static Reply call(String method, String url, String body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection(Proxy.NO_PROXY);
        c.setRequestMethod(method);
        c.setConnectTimeout(5000);
        c.setReadTimeout(10000);
        if (body != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (in != null) {
            in.close();
        }
        return new Reply(status, text, c.getHeaderField("X-Subject-Token"), c.getHeaderField("Content-Type"));
    }

    @Test
    void servesEveryExchangeAndRewritesOrigins() throws IOException {
        try (ReplayServer replay = ReplayServer.of(RECORDING)) {
            String keystone = replay.url("http://127.0.0.1:5000/v3");
            assertTrue(keystone.matches("http://127\\.0\\.0\\.1:\\d+/v3"), keystone);
            assertNotEquals("http://127.0.0.1:5000/v3", keystone);
            assertEquals(replay.url("http://127.0.0.1:5000"), replay.baseUrl());

            Reply token = call("POST", keystone + "/auth/tokens", "{\"auth\":{}}");
            assertEquals(201, token.status());
            assertEquals("gAAAAAtoken", token.subjectToken());
            assertEquals("application/json", token.contentType());
            String nova = replay.url("http://127.0.0.1:8774/v2.1");
            assertNotEquals(replay.url("http://127.0.0.1:5000"), replay.url("http://127.0.0.1:8774"),
                    "each recorded origin has its own server");
            assertTrue(token.body().contains("\"url\":\"" + nova + "\""), token.body());
            assertTrue(token.body().contains("\"url\":\"" + keystone + "/\""), token.body());
            assertTrue(!token.body().contains(":5000") && !token.body().contains(":8774"), token.body());

            // the query in another order still matches
            Reply servers = call("GET", nova + "/servers/detail?all_tenants=True&limit=2", null);
            assertEquals(200, servers.status());
            assertEquals("{\"servers\": []}", servers.body());

            Reply deleted = call("DELETE", keystone + "/users/abc", null);
            assertEquals(204, deleted.status());
            assertEquals("", deleted.body());

            List<ReplayServer.Request> got = replay.requests();
            assertEquals(3, got.size());
            assertEquals("{\"auth\":{}}", got.get(0).body());
            assertEquals(1, got.get(0).servedByLine());
            assertEquals(3, got.get(1).servedByLine());
        }
    }

    @Test
    void unmatchedRequestFails() throws IOException {
        ReplayServer replay = ReplayServer.of(RECORDING);
        String keystone = replay.url("http://127.0.0.1:5000/v3");
        call("POST", keystone + "/auth/tokens", "{}");
        call("GET", replay.url("http://127.0.0.1:8774/v2.1/servers/detail?limit=2&all_tenants=True"), null);
        call("DELETE", keystone + "/users/abc", null);

        Reply extra = call("GET", keystone + "/users?name=nobody", null);
        assertEquals(ReplayServer.UNMATCHED_STATUS, extra.status());
        assertTrue(extra.body().contains("GET"), extra.body());

        AssertionError e = assertThrows(AssertionError.class, replay::close);
        assertTrue(e.getMessage().contains("unmatched request: GET http://127.0.0.1:5000/v3/users?name=nobody"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("never requested"), e.getMessage());
    }

    @Test
    void unusedExchangeFails() throws IOException {
        ReplayServer replay = ReplayServer.of(RECORDING);
        call("POST", replay.url("http://127.0.0.1:5000/v3/auth/tokens"), "{}");
        AssertionError e = assertThrows(AssertionError.class, replay::close);
        assertTrue(e.getMessage().contains("recorded exchange never requested: line 3: GET "
                + "http://127.0.0.1:8774/v2.1/servers/detail?limit=2&all_tenants=True -> 200"), e.getMessage());
        assertTrue(e.getMessage().contains("line 4: DELETE"), e.getMessage());
        assertTrue(e.getMessage().startsWith("replay failed (2 problems)"), e.getMessage());
    }

    @Test
    void closingWithoutAnyRequestFails() {
        ReplayServer replay = ReplayServer.of(RECORDING);
        assertThrows(AssertionError.class, replay::close);
    }

    @Test
    void methodQueryValueAndOriginMustMatch() throws IOException {
        ReplayServer replay = ReplayServer.of(RECORDING);
        String nova = replay.url("http://127.0.0.1:8774/v2.1");
        String keystone = replay.url("http://127.0.0.1:5000/v3");
        assertEquals(599, call("GET", keystone + "/auth/tokens", null).status(), "wrong method");
        assertEquals(599, call("GET", nova + "/servers/detail?limit=3&all_tenants=True", null).status(),
                "wrong query value");
        assertEquals(599, call("GET", nova + "/servers/detail?limit=2", null).status(), "missing query parameter");
        assertEquals(599, call("GET", keystone.replace("/v3", "/v2.1") + "/servers/detail?limit=2&all_tenants=True",
                null).status(), "right path on the wrong service");
        assertEquals(4, replay.failures().size(), replay.failures().toString());
        assertThrows(AssertionError.class, replay::close);
    }

    @Test
    void repeatedRequestsAreServedInRecordedOrder() throws IOException {
        String rec = "{\"method\":\"GET\",\"url\":\"http://127.0.0.1:5000/v3/roles\",\"status\":200,"
                + "\"response_body\":\"first\"}\n"
                + "{\"method\":\"GET\",\"url\":\"http://127.0.0.1:5000/v3/roles\",\"status\":404,"
                + "\"response_body\":\"second\"}\n";
        ReplayServer replay = ReplayServer.of(rec);
        String roles = replay.url("http://127.0.0.1:5000/v3/roles");
        assertEquals("first", call("GET", roles, null).body());
        Reply second = call("GET", roles, null);
        assertEquals(404, second.status());
        assertEquals("second", second.body());
        assertEquals(599, call("GET", roles, null).status(), "a third one was never recorded");
        AssertionError e = assertThrows(AssertionError.class, replay::close);
        assertTrue(e.getMessage().contains("unmatched request: GET http://127.0.0.1:5000/v3/roles"), e.getMessage());
    }

    @Test
    void loadsFromFileAndRejectsBadLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rec.jsonl");
        Files.writeString(file, "{\"method\":\"get\",\"url\":\"http://127.0.0.1:9292/v2/images\",\"status\":200}\n");
        try (ReplayServer replay = ReplayServer.load(file)) {
            assertEquals(200, call("GET", replay.url("http://127.0.0.1:9292/v2/images"), null).status());
        }
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> ReplayServer.of("{\"method\":\"GET\",\"url\":\"/relative\",\"status\":200}"));
        assertTrue(bad.getMessage().startsWith("recording line 1"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReplayServer.of("not json"));
        assertThrows(IllegalArgumentException.class, () -> ReplayServer.of("{\"url\":\"http://a:1/\",\"status\":1}"));
    }

    @Test
    void rewriteDoesNotTouchLongerPorts() {
        ReplayServer replay = ReplayServer.of(
                "{\"method\":\"GET\",\"url\":\"http://127.0.0.1:5000/\",\"status\":200}");
        try {
            assertEquals("http://127.0.0.1:50001/x", replay.rewrite("http://127.0.0.1:50001/x"));
            assertEquals(replay.baseUrl() + "/v3", replay.rewrite("http://127.0.0.1:5000/v3"));
        } finally {
            assertThrows(AssertionError.class, replay::close);
        }
    }

    @Test
    void queryComparisonIsAMultiset() {
        assertEquals(ReplayServer.query("a=1&b=2&a=3"), ReplayServer.query("a=3&b=2&a=1"));
        assertNotEquals(ReplayServer.query("a=1&a=1"), ReplayServer.query("a=1"));
        assertEquals(ReplayServer.query("name=a%20b"), ReplayServer.query("name=a+b"));
    }
}
