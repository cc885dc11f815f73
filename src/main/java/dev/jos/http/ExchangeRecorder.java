package dev.jos.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jos.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * --record FILE: appends one JSON object per line per exchange (JSON Lines), flushed after
 * every line so the file stays valid when jos is interrupted. A new file is created with mode
 * 0600: it holds API traffic. Sequence diagrams are drawn from these files, so the format below
 * is a contract; add fields, never change or remove them.
 *
 * <h2>Record format, version 1</h2>
 * Every line is an object with all of these keys, in this order:
 * <table>
 * <caption>fields</caption>
 * <tr><th>key</th><th>type</th><th>meaning</th></tr>
 * <tr><td>time</td><td>string</td><td>start of the request, ISO-8601 UTC with milliseconds,
 *     {@code 2026-11-21T21:52:38.123Z}</td></tr>
 * <tr><td>method</td><td>string</td><td>HTTP method, upper case</td></tr>
 * <tr><td>url</td><td>string</td><td>full URL with query, as sent</td></tr>
 * <tr><td>status</td><td>number|null</td><td>HTTP status; null when the exchange failed</td></tr>
 * <tr><td>duration_ms</td><td>number</td><td>milliseconds until the response body was read (or the
 *     failure), three decimals</td></tr>
 * <tr><td>service</td><td>string</td><td>who answered: {@code keystone}, {@code glance-api},
 *     {@code nova-api}, {@code neutron-server}, {@code placement-api} (the lab's request-hook
 *     names), else the tag or resolver's name, else {@code host:port}</td></tr>
 * <tr><td>request_headers</td><td>object</td><td>name to value as sent, repeated names joined with
 *     ", "; secret headers as {@code {SHA256}<hex>}</td></tr>
 * <tr><td>request_body</td><td>any|null</td><td>the body as a JSON value when it is a JSON object or
 *     array, else the text, else (binary) the string {@code <binary data: N bytes>}; null when
 *     empty. Binary means: a file or stream body (never kept, so never shown), a content type
 *     that is neither JSON nor text, or bytes that do not decode as text</td></tr>
 * <tr><td>response_headers</td><td>object|null</td><td>as request_headers; null when failed</td></tr>
 * <tr><td>response_body</td><td>any|null</td><td>as request_body; null when failed or empty</td></tr>
 * <tr><td>request_id</td><td>string|null</td><td>x-openstack-request-id, else x-compute-request-id</td></tr>
 * <tr><td>error</td><td>string|null</td><td>the transport failure ("java.net.ConnectException:
 *     Connection refused"); null when a response came</td></tr>
 * <tr><td>request_body_sha256</td><td>string|null</td><td>added in version 1.1: lower-case hex
 *     SHA-256 of a request body of a file, stream or binary content type (the N bytes of its
 *     placeholder; for a failed upload, what went out); else null</td></tr>
 * <tr><td>response_body_sha256</td><td>string|null</td><td>added in version 1.1: the same for the
 *     response body, including bodies streamed to a file and never held</td></tr>
 * <tr><td>record_version</td><td>string</td><td>added in version 1.2: the format version of
 *     this line, {@code "1.2"}; lines without it are 1.0 or 1.1. Readers warn about a newer major
 *     version and keep reading the fields above</td></tr>
 * <tr><td>invocation_id</td><td>string|null</td><td>added in version 1.2: a random id per jos
 *     run, equal on every line of that run</td></tr>
 * <tr><td>command</td><td>array|null</td><td>added in version 1.2: the jos run's argv, first
 *     {@code "jos"}, values of secret options ({@code --os-password}, {@code --password},
 *     {@code --os-token}, {@code --secret} ...) as {@code ***}</td></tr>
 * <tr><td>command_name</td><td>string|null</td><td>added in version 1.2: the command's name,
 *     {@code "server create"}</td></tr>
 * <tr><td>requestshook_id</td><td>string|null</td><td>added in version 1.2: the
 *     {@code X-Requestshook-Request-Id} sent with the request (one per exchange)</td></tr>
 * <tr><td>reason</td><td>string|null</td><td>added in version 1.2: the reason phrase of the
 *     status line as the service sent it ({@code CREATED}, {@code Accepted}); null when
 *     failed</td></tr>
 * </table>
 * Secrets are redacted by {@link Redactor}: token headers hashed, passwords and secrets in bodies
 * {@code ***}, token ids in bodies hashed.
 */
public final class ExchangeRecorder implements ExchangeListener, Closeable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final OutputStream out;
    /** The version written on every line; readers compare its major number. */
    public static final String RECORD_VERSION = "1.2";

    private final ServiceResolver resolver;
    private final Redactor redactor;
    private final RecordedCommand command;

    /**
     * Opens (creating with mode 0600 when new) the file for appending.
     *
     * @param resolver names the service of requests without a service tag
     */
    public ExchangeRecorder(Path file, ServiceResolver resolver, Redactor redactor) throws IOException {
        this(file, resolver, redactor, null);
    }

    /** @param command the run whose exchanges these are; null when unknown (its fields stay null) */
    public ExchangeRecorder(Path file, ServiceResolver resolver, Redactor redactor, RecordedCommand command)
            throws IOException {
        this.command = command;
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        createPrivately(file);
        this.out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    private static void createPrivately(Path file) throws IOException {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // appending to an earlier recording: it holds the cloud's traffic, so only the user
            // may read it (failing here, e.g. on another user's file, refuses the file)
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    @Override
    public synchronized void onExchange(Exchange exchange) {
        try {
            out.write(Json.write(record(exchange)));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the --record file", e);
        }
    }

    /** The record of one exchange, as written. */
    ObjectNode record(Exchange exchange) {
        ApiRequest request = exchange.request();
        ApiResponse response = exchange.response();
        ObjectNode r = Json.object();
        r.put("time", TIME.format(exchange.start()));
        r.put("method", request.method());
        r.put("url", request.url());
        if (response != null) {
            r.put("status", response.status());
        } else {
            r.putNull("status");
        }
        r.put("duration_ms", BigDecimal.valueOf(exchange.duration().toNanos()).movePointLeft(6).setScale(3, RoundingMode.HALF_UP));
        r.put("service", service(request));
        r.set("request_headers", headers(request.headers()));
        BodySummary requestBinary = BinaryBodies.requestPlaceholder(exchange);
        r.set("request_body", requestBinary != null ? placeholder(requestBinary) : body(request.bodyBytes()));
        r.set("response_headers", response == null ? null : headers(response.headers()));
        BodySummary responseBinary = response == null ? null : BinaryBodies.responsePlaceholder(response);
        r.set("response_body", response == null ? null
                : responseBinary != null ? placeholder(responseBinary) : body(response.bodyBytes()));
        r.put("request_id", exchange.requestId());
        r.put("error", exchange.error() == null ? null : exchange.error().toString());
        // the placeholder keeps its version-1 wording; the digest is a field of its own
        r.put("request_body_sha256", requestBinary == null ? null : requestBinary.sha256());
        r.put("response_body_sha256", responseBinary == null ? null : responseBinary.sha256());
        r.put("record_version", RECORD_VERSION);
        r.put("invocation_id", command == null ? null : command.invocationId());
        if (command == null) {
            r.putNull("command");
        } else {
            com.fasterxml.jackson.databind.node.ArrayNode argv = r.putArray("command");
            command.argv().forEach(argv::add);
        }
        r.put("command_name", command == null ? null : command.name());
        r.put("requestshook_id", request.headers().first(RequestshookHeaders.REQUEST_ID));
        r.put("reason", response == null ? null : response.reason());
        return r;
    }

    private String service(ApiRequest request) {
        String tag = request.service() != null ? request.service() : resolver.serviceFor(request.url());
        if (tag != null) {
            return ServiceNames.daemon(tag);
        }
        URI uri = URI.create(request.url());
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    private ObjectNode headers(Headers headers) {
        ObjectNode h = Json.object();
        for (Map.Entry<String, String> e : headers.toJoinedMap().entrySet()) {
            h.put(e.getKey(), redactor.headerValue(e.getKey(), e.getValue()));
        }
        return h;
    }

    private static JsonNode placeholder(BodySummary body) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf("<binary data: " + body.length() + " bytes>");
    }

    private JsonNode body(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        JsonNode json = JsonBodies.parse(bytes, StandardCharsets.UTF_8);
        if (json != null) {
            return redactor.redact(json);
        }
        String text = JsonBodies.decode(bytes, StandardCharsets.UTF_8);
        if (text == null || text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf("<binary data: " + bytes.length + " bytes>");
        }
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
