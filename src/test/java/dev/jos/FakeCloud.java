package dev.jos;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * A keystone on 127.0.0.1 for in-process runs of jos: it issues tokens whose catalog points back
 * at itself, remembers every request line as it arrived (raw path and query), and answers the
 * rest with the test's own replies (404 when the test has none).
 */
public final class FakeCloud implements AutoCloseable {
    /** One reply: status, Content-Type (null for none) and body. */
    public record Reply(int status, String contentType, String body) {
        public static Reply json(int status, String body) {
            return new Reply(status, "application/json", body);
        }
    }

    /** One request as it arrived. */
    public record Request(String method, String target, String token, String accept, Headers headers) {
        /** The first value of a header (any case), or null. */
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    @FunctionalInterface
    public interface Responder {
        /** @return the reply, or null for a 404 */
        Reply reply(Request request);
    }

    /** What one in-process run of jos printed and returned. */
    public record Run(int rc, String out, String err) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    public final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Responder responder = r -> null;
    private int tokens;

    public FakeCloud() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            try (ex) {
                ex.getRequestBody().readAllBytes();
                String q = ex.getRequestURI().getRawQuery();
                Request r = new Request(ex.getRequestMethod(), ex.getRequestURI().getRawPath() + (q == null ? "" : "?" + q),
                        ex.getRequestHeaders().getFirst("X-Auth-Token"), ex.getRequestHeaders().getFirst("Accept"),
                        copy(ex.getRequestHeaders()));
                requests.add(r);
                Reply reply = r.method().equals("POST") && r.target().equals("/v3/auth/tokens") ? issueToken() : responder.reply(r);
                if (reply == null) {
                    reply = Reply.json(404, "{\"error\": {\"code\": 404, \"message\": \"Could not find it.\", \"title\": \"Not Found\"}}");
                }
                if (reply.status() == 201 && reply.body().contains("\"token\"")) {
                    ex.getResponseHeaders().add("X-Subject-Token", "tok-" + tokens);
                }
                byte[] b = reply.body().getBytes(StandardCharsets.UTF_8);
                if (reply.contentType() != null) {
                    ex.getResponseHeaders().add("Content-Type", reply.contentType());
                }
                ex.sendResponseHeaders(reply.status(), b.length == 0 ? -1 : b.length);
                ex.getResponseBody().write(b);
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    private static Headers copy(Headers h) {
        Headers c = new Headers();
        c.putAll(h);
        return c;
    }

    public FakeCloud respond(Responder r) {
        this.responder = r;
        return this;
    }

    private final List<String> services = new CopyOnWriteArrayList<>();

    /** Adds a service of the type to the catalog of the tokens issued from now on, at {@code path} here. */
    public FakeCloud service(String type, String path) {
        services.add("{\"type\": \"" + type + "\", \"name\": \"" + type + "\", \"endpoints\": [{\"interface\": \"public\","
                + " \"region_id\": \"RegionOne\", \"region\": \"RegionOne\", \"url\": \"" + url(path) + "\"}]}, ");
        return this;
    }

    private synchronized Reply issueToken() {
        tokens++;
        return Reply.json(201, tokenBody(url("/v3")).replace("\"catalog\": [", "\"catalog\": [" + String.join("", services)));
    }

    /** A token body (as keystone's reply to POST /auth/tokens) with identity at {@code identityUrl}. */
    public static String tokenBody(String identityUrl) {
        return "{\"token\": {\"expires_at\": \"2099-01-01T00:00:00.000000Z\", \"user\": {\"id\": \"uid\", \"name\": \"u\"},"
                + " \"project\": {\"id\": \"pid\", \"name\": \"p\"}, \"catalog\": [{\"type\": \"identity\", \"name\": \"keystone\","
                + " \"endpoints\": [{\"interface\": \"public\", \"region_id\": \"RegionOne\", \"region\": \"RegionOne\","
                + " \"url\": \"" + identityUrl + "\"}]}]}}";
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The OS_* variables of a password login here; no token cache unless the test sets XDG_CACHE_HOME. */
    public Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("OS_AUTH_URL", url("/v3"));
        env.put("OS_USERNAME", "u");
        env.put("OS_PASSWORD", "p");
        env.put("OS_PROJECT_NAME", "p");
        env.put("OS_REGION_NAME", "RegionOne");
        env.put("JOS_NO_TOKEN_CACHE", "1");
        return env;
    }

    /** How many password logins reached this keystone. */
    public long logins() {
        return requests.stream().filter(r -> r.target().equals("/v3/auth/tokens")).count();
    }

    /** The requests other than logins, as "METHOD target". */
    public List<String> calls() {
        return requests.stream().filter(r -> !r.target().equals("/v3/auth/tokens"))
                .map(r -> r.method() + " " + r.target()).toList();
    }

    public static Run run(Map<String, String> env, Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Jos.run(args, new Context(env, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]), home, home, () -> false));
        return new Run(rc, out.toString(), err.toString());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
