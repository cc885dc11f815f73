package dev.jos.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A JDK HttpServer on 127.0.0.1 and a free port that remembers what it received. */
final class TestServer implements AutoCloseable {
    /** What one request looked like on arrival. */
    record Received(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                    byte[] body, int clientPort) {
        String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** Answers one received request. */
    @FunctionalInterface
    interface Responder {
        void respond(HttpExchange exchange, Received received) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    final List<Received> received = new CopyOnWriteArrayList<>();

    TestServer(Responder responder) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        HttpHandler handler = exchange -> {
            try (exchange) {
                Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()),
                        exchange.getRequestBody().readAllBytes(), exchange.getRemoteAddress().getPort());
                received.add(r);
                responder.respond(exchange, r);
            }
        };
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
    }

    /** Replies 200 with the given JSON to everything. */
    static TestServer json(String body) throws IOException {
        return new TestServer((ex, r) -> send(ex, 200, "application/json", body));
    }

    static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (contentType != null) {
            ex.getResponseHeaders().add("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        ex.getResponseBody().write(bytes);
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    int port() {
        return server.getAddress().getPort();
    }

    Received last() {
        return received.get(received.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
