package dev.jos.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jos.Version;
import dev.jos.json.Json;
import java.io.IOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HAR 1.2 (the format browsers' developer tools and HAR viewers open), written entry by entry
 * as the recording is read. Bodies are as recorded, so secrets stay redacted; a binary body,
 * which a recording never holds, is marked with {@code _binary}, its size, digest and a comment.
 * A failed exchange has status 0 and {@code _error}, as browsers write failed requests.
 */
final class HarWriter implements AutoCloseable {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern BINARY = Pattern.compile("<binary data: (\\d+) bytes>");

    private final JsonGenerator g;

    HarWriter(Writer out) throws IOException {
        g = FACTORY.createGenerator(out);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeObjectFieldStart("log");
        g.writeStringField("version", "1.2");
        g.writeObjectFieldStart("creator");
        g.writeStringField("name", "jos");
        g.writeStringField("version", Version.get());
        g.writeEndObject();
        g.writeArrayFieldStart("entries");
    }

    void add(TraceRecord r) throws IOException {
        g.writeStartObject();
        g.writeStringField("startedDateTime", r.time() == null ? "1970-01-01T00:00:00.000Z" : r.time());
        double ms = r.durationMs() == null ? 0 : r.durationMs();
        g.writeNumberField("time", ms);
        request(r);
        response(r);
        g.writeObjectFieldStart("cache");
        g.writeEndObject();
        // a recording knows the whole time only: it is all waiting, as far as HAR can tell
        g.writeObjectFieldStart("timings");
        g.writeNumberField("blocked", -1);
        g.writeNumberField("dns", -1);
        g.writeNumberField("connect", -1);
        g.writeNumberField("send", 0);
        g.writeNumberField("wait", ms);
        g.writeNumberField("receive", 0);
        g.writeNumberField("ssl", -1);
        g.writeEndObject();
        if (!r.commandLine().isEmpty()) {
            g.writeStringField("comment", r.commandLine());
        }
        if (r.invocationId() != null) {
            g.writeStringField("_invocation_id", r.invocationId());
        }
        if (r.service() != null) {
            g.writeStringField("_service", r.service());
        }
        if (r.error() != null) {
            g.writeStringField("_error", r.error());
        }
        g.writeEndObject();
    }

    private void request(TraceRecord r) throws IOException {
        g.writeObjectFieldStart("request");
        g.writeStringField("method", r.method());
        g.writeStringField("url", r.url());
        g.writeStringField("httpVersion", "HTTP/1.1");
        g.writeArrayFieldStart("cookies");
        g.writeEndArray();
        headers(r.requestHeaders());
        g.writeArrayFieldStart("queryString");
        String q = query(r.url());
        if (!q.isEmpty()) {
            for (String pair : q.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                g.writeStartObject();
                g.writeStringField("name", decode(eq < 0 ? pair : pair.substring(0, eq)));
                g.writeStringField("value", eq < 0 ? "" : decode(pair.substring(eq + 1)));
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeNumberField("headersSize", -1);
        Body body = Body.of(r.requestBody(), r.requestBodySha256());
        g.writeNumberField("bodySize", body.size);
        if (body.present) {
            g.writeObjectFieldStart("postData");
            g.writeStringField("mimeType", mimeType(r.requestHeaders()));
            g.writeStringField("text", body.text);
            body.mark(g);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void response(TraceRecord r) throws IOException {
        g.writeObjectFieldStart("response");
        g.writeNumberField("status", r.status() == null ? 0 : r.status());
        String status = StatusText.of(r);
        int space = status == null ? -1 : status.indexOf(' ');
        g.writeStringField("statusText", space < 0 ? "" : status.substring(space + 1));
        g.writeStringField("httpVersion", r.status() == null ? "" : "HTTP/1.1");
        g.writeArrayFieldStart("cookies");
        g.writeEndArray();
        headers(r.responseHeaders());
        Body body = Body.of(r.responseBody(), r.responseBodySha256());
        g.writeObjectFieldStart("content");
        g.writeNumberField("size", Math.max(body.size, 0));
        g.writeStringField("mimeType", mimeType(r.responseHeaders()));
        if (body.present) {
            g.writeStringField("text", body.text);
        }
        body.mark(g);
        g.writeEndObject();
        String location = TraceRecord.header(r.responseHeaders(), "Location");
        g.writeStringField("redirectURL", location == null ? "" : location);
        g.writeNumberField("headersSize", -1);
        g.writeNumberField("bodySize", r.status() == null ? -1 : body.size);
        g.writeEndObject();
    }

    private void headers(Map<String, String> headers) throws IOException {
        g.writeArrayFieldStart("headers");
        if (headers != null) {
            for (Map.Entry<String, String> e : headers.entrySet()) {
                g.writeStartObject();
                g.writeStringField("name", e.getKey());
                g.writeStringField("value", e.getValue());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static String mimeType(Map<String, String> headers) {
        String type = TraceRecord.header(headers, "Content-Type");
        return type == null ? "" : type;
    }

    private static String query(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return "";
        }
        int hash = url.indexOf('#', q);
        return hash < 0 ? url.substring(q + 1) : url.substring(q + 1, hash);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** A recorded body as HAR shows it: JSON as compact text, text as is, binary marked. */
    private record Body(boolean present, String text, long size, boolean binary, String sha256) {
        static Body of(JsonNode node, String sha256) {
            if (node == null || node.isNull()) {
                return new Body(false, null, 0, false, null);
            }
            if (node.isTextual()) {
                Matcher m = BINARY.matcher(node.textValue());
                if (m.matches()) {
                    return new Body(true, "", Long.parseLong(m.group(1)), true, sha256);
                }
                String text = node.textValue();
                return new Body(true, text, text.getBytes(StandardCharsets.UTF_8).length, false, null);
            }
            String text = Json.writeString(node);
            return new Body(true, text, text.getBytes(StandardCharsets.UTF_8).length, false, null);
        }

        void mark(JsonGenerator g) throws IOException {
            if (!binary) {
                return;
            }
            g.writeBooleanField("_binary", true);
            if (sha256 != null) {
                g.writeStringField("_sha256", sha256);
            }
            g.writeStringField("comment", "binary body of " + size + " bytes, not recorded"
                    + (sha256 == null ? "" : " (sha256 " + sha256 + ")"));
        }
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }
}
