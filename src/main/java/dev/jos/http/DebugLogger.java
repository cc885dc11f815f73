package dev.jos.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * --debug: prints each exchange as keystoneauth 5.0 (session.py {@code _http_log_request},
 * {@code _http_log_response}, the request-id line) does under OSC 6.0:
 * <pre>
 * REQ: curl -g -i -X GET http://127.0.0.1:5000/v3/users -H "Accept: application/json" -H "X-Auth-Token: {SHA256}..."
 * RESP: [200] Content-Type: application/json ... x-openstack-request-id: req-...
 * RESP BODY: {"users": [...]}
 * GET call to identity for http://127.0.0.1:5000/v3/users used request id req-...
 * </pre>
 * Headers sorted by name as Python sorts them (code points, so "Vary" before "x-openstack-..."),
 * repeated ones joined by ", "; tokens hashed; JSON request bodies re-encoded Python-style;
 * response bodies only for application/json and text/plain, with a token's catalog replaced by
 * "&lt;removed&gt;". Request bodies that are files, streams or of a binary content type show as
 * {@code <binary_data: N bytes, sha256 X>}, as do JSON/text response bodies that were streamed
 * to a sink; other non-JSON/text responses get keystoneauth's "Omitted" line. The password authentication request itself (POST .../auth/tokens) is
 * logged as keystoneauth's identity plugin logs it: "Making authentication request to URL" and
 * the JSON response on one line, no REQ/RESP.
 *
 * <p>Deliberate difference: passwords and secrets in bodies show as {@code ***} (via
 * {@link Redactor}); keystoneauth prints them.
 */
public final class DebugLogger implements ExchangeListener {
    private static final String LOGGED_TYPES = "application/json, text/plain";
    /** OSC 6.0 reaches these through openstacksdk, which passes queries as params: curl quotes the URL. */
    private static final Set<String> QUERY_AS_PARAMS = Set.of("image", "network");

    private final PrintWriter out;
    private final TlsSettings tls;
    private final ServiceResolver resolver;
    private final Redactor redactor;

    /**
     * @param out      where to print, normally stderr
     * @param tls      for the curl flags: --insecure or --cacert "file"
     * @param resolver names the service when a request has no tag; {@link ServiceResolver#none()}
     *                 prints the unnamed form, as keystoneauth does for discovery calls
     */
    public DebugLogger(PrintWriter out, TlsSettings tls, ServiceResolver resolver, Redactor redactor) {
        this.out = Objects.requireNonNull(out, "out");
        this.tls = Objects.requireNonNull(tls, "tls");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    public DebugLogger(PrintWriter out, TlsSettings tls) {
        this(out, tls, ServiceResolver.none(), new Redactor());
    }

    @Override
    public void onExchange(Exchange exchange) {
        for (String line : lines(exchange)) {
            out.println(line);
        }
        out.flush();
    }

    /** The lines printed for one exchange. */
    public List<String> lines(Exchange exchange) {
        ApiRequest request = exchange.request();
        List<String> lines = new ArrayList<>();
        if (isPasswordAuthentication(request)) {
            lines.add("Making authentication request to " + request.url());
            ApiResponse response = exchange.response();
            if (response != null && response.status() < 400) {
                JsonNode json = JsonBodies.parse(response.bodyBytes(), StandardCharsets.UTF_8);
                if (json != null) {
                    lines.add(PythonJson.dumps(redactor.redact(json)));
                }
            }
            return lines;
        }
        String serviceType = ServiceNames.type(exchange.service() != null
                ? exchange.service() : resolver.serviceFor(request.url()));
        lines.add(requestLine(exchange, request, serviceType));
        ApiResponse response = exchange.response();
        if (response == null) {
            return lines; // keystoneauth raises before logging anything more
        }
        lines.add(responseLine(response));
        String body = responseBody(request, response);
        if (body != null && !body.isEmpty()) {
            lines.add("RESP BODY: " + body);
        }
        String id = response.requestId();
        if (id != null) {
            String url = finalUrl(request.url());
            lines.add(serviceType != null
                    ? request.method() + " call to " + serviceType + " for " + url + " used request id " + id
                    : request.method() + " call to " + url + " used request id " + id);
        }
        return lines;
    }

    /** keystoneauth's identity plugin posts credentials with log=False and logs its own way. */
    private static boolean isPasswordAuthentication(ApiRequest request) {
        return request.method().equals("POST") && URI.create(request.url()).getRawPath().endsWith("/auth/tokens");
    }

    private String requestLine(Exchange exchange, ApiRequest request, String serviceType) {
        StringBuilder line = new StringBuilder("REQ: curl -g -i");
        if (tls.insecure()) {
            line.append(" --insecure");
        } else if (tls.caFile() != null) {
            line.append(" --cacert \"").append(tls.caFile()).append('"');
        }
        line.append(" -X ").append(request.method()).append(' ');
        String url = request.url();
        boolean quoted = URI.create(url).getRawQuery() != null && !URI.create(url).getRawQuery().isEmpty()
                && serviceType != null && QUERY_AS_PARAMS.contains(serviceType);
        line.append(quoted ? '"' + url + '"' : url);
        for (Map.Entry<String, String> h : sorted(request.headers())) {
            line.append(" -H \"").append(h.getKey()).append(": ")
                    .append(redactor.headerValue(h.getKey(), h.getValue())).append('"');
        }
        BodySummary binary = BinaryBodies.requestPlaceholder(exchange);
        String data = binary != null ? placeholder(binary) : requestData(request.bodyBytes());
        if (data != null) {
            line.append(" -d '").append(data).append('\'');
        }
        return line.toString();
    }

    private String requestData(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        JsonNode json = JsonBodies.parse(body, StandardCharsets.UTF_8);
        if (json != null) {
            return PythonJson.dumps(redactor.redact(json));
        }
        return JsonBodies.isAscii(body) ? new String(body, StandardCharsets.US_ASCII) : "<binary_data>";
    }

    /**
     * A file, stream or binary body: its length and SHA-256 instead of its bytes. keystoneauth
     * prints {@code <binary_data>} for undecodable bytes (and a file object's repr for files).
     */
    private static String placeholder(BodySummary body) {
        return "<binary_data: " + body.describe() + ">";
    }

    private String responseLine(ApiResponse response) {
        StringBuilder line = new StringBuilder("RESP: [").append(response.status()).append(']');
        for (Map.Entry<String, String> h : sorted(response.headers())) {
            line.append(' ').append(h.getKey()).append(": ").append(redactor.headerValue(h.getKey(), h.getValue()));
        }
        return line.toString();
    }

    private String responseBody(ApiRequest request, ApiResponse response) {
        String contentType = response.contentType();
        if (contentType == null || !(contentType.startsWith("application/json") || contentType.startsWith("text/plain"))) {
            return "Omitted, Content-Type is set to " + (contentType == null ? "None" : contentType)
                    + ". Only " + LOGGED_TYPES + " responses have their bodies logged.";
        }
        if (request.method().equals("HEAD")) {
            return null;
        }
        if (response.bodyStreamed()) {
            return placeholder(response.receivedBody());
        }
        // python-requests decodes JSON as UTF-8 and other text without a charset as ISO-8859-1
        Charset fallback = contentType.startsWith("application/json") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        Charset charset = ApiResponse.charset(contentType, fallback);
        String text = new String(response.bodyBytes(), charset);
        JsonNode json = JsonBodies.parse(response.bodyBytes(), charset);
        if (json == null) {
            return text;
        }
        JsonNode shown = redactor.redact(json);
        boolean catalogRemoved = removeCatalog(shown);
        return catalogRemoved || !shown.equals(json) ? PythonJson.dumps(shown) : text;
    }

    /** session.py {@code _remove_service_catalog}: v3 token.catalog, v2 access.serviceCatalog. */
    private static boolean removeCatalog(JsonNode body) {
        if (body.path("token") instanceof ObjectNode token && token.has("catalog")) {
            token.set("catalog", TextNode.valueOf("<removed>"));
            return true;
        }
        if (body.path("access") instanceof ObjectNode access && access.has("serviceCatalog")) {
            access.set("serviceCatalog", TextNode.valueOf("<removed>"));
            return true;
        }
        return false;
    }

    /** One entry per name, repeats joined, in Python's sorted() order of (name, value). */
    private static List<Map.Entry<String, String>> sorted(Headers headers) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(headers.toJoinedMap().entrySet());
        entries.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        return entries;
    }

    /** The URL as python-requests reports it after sending: an empty query's "?" is gone. */
    static String finalUrl(String url) {
        return url.endsWith("?") ? url.substring(0, url.length() - 1) : url;
    }
}
