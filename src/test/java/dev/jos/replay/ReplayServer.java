package dev.jos.replay;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves recorded HTTP exchanges (jos {@code --record} JSON lines) from local servers, strictly.
 *
 * <p>Each line of a recording is one object with {@code method}, {@code url}, {@code status},
 * {@code request_headers}, {@code request_body}, {@code response_headers} and
 * {@code response_body}. Every distinct origin of the recorded URLs (keystone on :5000, nova on
 * :8774, ...) gets its own {@link HttpServer} on 127.0.0.1 and an ephemeral port, so services
 * keep their separate URL spaces; every occurrence of a recorded origin in a response body or
 * header (the catalog, version discovery links, Location) is rewritten to its local server.
 *
 * <p>An incoming request is served by the first unused exchange, in recorded order, of the same
 * origin with the same method, path and query (query parameters compared as a multiset, so
 * their order does not matter). A request that matches nothing gets status 599 and is recorded
 * as a failure; {@link #close()} throws an {@link AssertionError} for every such request and for
 * every exchange that was never used. Use it in try-with-resources:
 *
 * <pre>{@code
 * try (ReplayServer replay = ReplayServer.load(Path.of("src/test/resources/replay/user-list.jsonl"))) {
 *     env.put("OS_AUTH_URL", replay.url("http://127.0.0.1:5000/v3"));
 *     ... run jos ...
 * }   // fails here on a request nobody recorded or a recorded exchange nobody asked for
 * }</pre>
 */
public final class ReplayServer implements AutoCloseable {
    /** Status sent for a request that matches no recorded exchange. */
    public static final int UNMATCHED_STATUS = 599;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Not forwarded from the recording: the server computes them, or the body is stored decoded. */
    private static final Set<String> HOP_HEADERS = Set.of("content-length", "transfer-encoding", "connection",
            "keep-alive", "content-encoding", "date", "server");

    private final List<Exchange> exchanges;
    /** Which exchanges have been served; guarded by {@code this}. */
    private final BitSet usedExchanges = new BitSet();
    /** Recorded origin ({@code http://127.0.0.1:5000}) to the local one. */
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<Request> received = Collections.synchronizedList(new ArrayList<>());
    private final Pattern originPattern;
    private boolean closed;

    /** One recorded exchange; bodies are kept as text (a JSON value in the recording is kept as JSON). */
    public record Exchange(int line, String method, URI url, int status, Map<String, List<String>> requestHeaders,
                           String requestBody, Map<String, List<String>> responseHeaders, String responseBody) {
        String origin() {
            return originOf(url);
        }

        String describe() {
            return "line " + line + ": " + method + " " + url + " -> " + status;
        }
    }

    /** A request as the server received it, for tests that check what jos sent. */
    public record Request(String method, String origin, String path, String query, Map<String, List<String>> headers,
                          String body, int servedByLine) {
    }

    private ReplayServer(List<Exchange> exchanges) {
        this.exchanges = exchanges;
        for (Exchange e : exchanges) {
            origins.putIfAbsent(e.origin(), null);
        }
        try {
            for (String origin : new ArrayList<>(origins.keySet())) {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                server.createContext("/", ex -> handle(origin, ex));
                server.start();
                servers.add(server);
                origins.put(origin, "http://127.0.0.1:" + server.getAddress().getPort());
            }
        } catch (IOException e) {
            servers.forEach(s -> s.stop(0));
            throw new UncheckedIOException("cannot start a replay server", e);
        }
        StringBuilder alt = new StringBuilder();
        origins.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .forEach(o -> alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(o)));
        // an origin is not followed by another port digit ("...:5000" must not match "...:50001")
        originPattern = origins.isEmpty() ? null : Pattern.compile("(?:" + alt + ")(?![0-9])");
    }

    // ---- loading ------------------------------------------------------------------------

    public static ReplayServer load(Path jsonLines) {
        try {
            return of(Files.readString(jsonLines, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recording " + jsonLines, e);
        }
    }

    /** From the text of a recording: one JSON object per line, blank lines ignored. */
    public static ReplayServer of(String jsonLines) {
        return new ReplayServer(parse(jsonLines));
    }

    static List<Exchange> parse(String jsonLines) {
        List<Exchange> out = new ArrayList<>();
        String[] lines = jsonLines.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(line);
                String method = required(n, "method").asText().toUpperCase(Locale.ROOT);
                URI url = URI.create(required(n, "url").asText());
                if (url.getScheme() == null || url.getRawAuthority() == null) {
                    throw new IllegalArgumentException("url is not absolute: " + url);
                }
                out.add(new Exchange(i + 1, method, url, required(n, "status").asInt(),
                        headers(n.get("request_headers")), body(n.get("request_body")),
                        headers(n.get("response_headers")), body(n.get("response_body"))));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("recording line " + (i + 1) + " is not a valid exchange: "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return v;
    }

    /** Headers as {"Name": "value"}, {"Name": ["v1", "v2"]} or [["Name", "value"], ...]. */
    private static Map<String, List<String>> headers(JsonNode n) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                List<String> values = out.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                if (e.getValue().isArray()) {
                    e.getValue().forEach(v -> values.add(v.asText()));
                } else if (!e.getValue().isNull()) {
                    values.add(e.getValue().asText());
                }
            }
        } else if (n.isArray()) {
            for (JsonNode pair : n) {
                out.computeIfAbsent(pair.get(0).asText(), k -> new ArrayList<>()).add(pair.get(1).asText());
            }
        } else {
            throw new IllegalArgumentException("headers must be an object or a list of pairs");
        }
        return out;
    }

    private static String body(JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        if (n.isTextual()) {
            return n.asText();
        }
        try {
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- what tests use -----------------------------------------------------------------

    /** The local URL for a recorded one, e.g. the OS_AUTH_URL to give jos. */
    public String url(String recordedUrl) {
        return rewrite(recordedUrl);
    }

    /** The local base URL of the first recorded origin (usually keystone). */
    public String baseUrl() {
        return origins.values().stream().findFirst().orElseThrow(() -> new IllegalStateException("empty recording"));
    }

    /** Replaces every recorded origin in {@code text} by its local server. */
    public String rewrite(String text) {
        if (originPattern == null || text == null) {
            return text;
        }
        Matcher m = originPattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(origins.get(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The requests received so far, in arrival order. */
    public List<Request> requests() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Failures so far: unmatched requests (unused exchanges are only known at the end). */
    public List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** The recorded exchanges never asked for, so far. */
    public synchronized List<Exchange> unused() {
        List<Exchange> out = new ArrayList<>();
        for (int i = 0; i < exchanges.size(); i++) {
            if (!used(i)) {
                out.add(exchanges.get(i));
            }
        }
        return out;
    }

    /** Throws unless every request matched and every exchange was used. */
    public void verify() {
        List<String> problems = new ArrayList<>(failures());
        for (Exchange e : unused()) {
            problems.add("recorded exchange never requested: " + e.describe());
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("replay failed (" + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", problems));
        }
    }

    /** Stops the servers, then {@link #verify()}s. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        servers.forEach(s -> s.stop(0));
        verify();
    }

    // ---- serving ------------------------------------------------------------------------

    private boolean used(int i) {
        return usedExchanges.get(i);
    }

    private void handle(String origin, HttpExchange ex) throws IOException {
        try (ex) {
            byte[] requestBody = ex.getRequestBody().readAllBytes();
            String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
            URI uri = ex.getRequestURI();
            Exchange match = claim(origin, method, uri);
            received.add(new Request(method, origin, uri.getRawPath(), uri.getRawQuery(),
                    copy(ex.getRequestHeaders()), new String(requestBody, StandardCharsets.UTF_8),
                    match == null ? -1 : match.line()));
            if (match == null) {
                String what = method + " " + origin + uri;
                failures.add("unmatched request: " + what);
                send(ex, UNMATCHED_STATUS, Map.of("Content-Type", List.of("text/plain")),
                        ("ReplayServer: no unused recorded exchange matches " + what + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                return;
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            match.responseHeaders().forEach((k, v) -> {
                if (!HOP_HEADERS.contains(k.toLowerCase(Locale.ROOT))) {
                    List<String> values = new ArrayList<>();
                    v.forEach(value -> values.add(rewrite(value)));
                    headers.put(k, values);
                }
            });
            byte[] body = "HEAD".equals(method) ? new byte[0]
                    : rewrite(match.responseBody()).getBytes(StandardCharsets.UTF_8);
            send(ex, match.status(), headers, body);
        } catch (RuntimeException e) {
            failures.add("replay server error on " + ex.getRequestMethod() + " " + ex.getRequestURI() + ": " + e);
            throw e;
        }
    }

    /** The first unused exchange of this origin that matches; marks it used. */
    private synchronized Exchange claim(String origin, String method, URI uri) {
        for (int i = 0; i < exchanges.size(); i++) {
            Exchange e = exchanges.get(i);
            if (!usedExchanges.get(i) && e.origin().equals(origin) && e.method().equals(method)
                    && decode(e.url().getRawPath()).equals(decode(uri.getRawPath()))
                    && query(e.url().getRawQuery()).equals(query(uri.getRawQuery()))) {
                usedExchanges.set(i);
                return e;
            }
        }
        return null;
    }

    private static void send(HttpExchange ex, int status, Map<String, List<String>> headers, byte[] body)
            throws IOException {
        Headers h = ex.getResponseHeaders();
        headers.forEach(h::put);
        boolean noBody = body.length == 0 || status == 204 || status == 304 || status < 200;
        // -1: no body at all; 0 would mean chunked
        ex.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, List<String>> copy(Headers headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    static String originOf(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority();
    }

    private static String decode(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The query as a sorted list of decoded key=value pairs: order-independent, repeats kept. */
    static List<String> query(String rawQuery) {
        List<String> pairs = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return pairs;
        }
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String k = eq < 0 ? part : part.substring(0, eq);
            String v = eq < 0 ? "" : part.substring(eq + 1);
            pairs.add(URLDecoder.decode(k, StandardCharsets.UTF_8) + "=" + URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        Collections.sort(pairs);
        return pairs;
    }
}
