package dev.jos.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * requestshook's three files, as its middleware writes them on the service side, so course pages
 * that include {@code requestshook.log}, {@code diagram.md} and {@code body.md} take jos's
 * instead unchanged: the log (headers and bodies of each request and response), the Mermaid
 * arrows (no {@code sequenceDiagram} line: pages wrap them) and the Markdown tabs. An exchange
 * that got no response has only its request entries, as requestshook would have logged it.
 */
final class RequestshookFiles {
    static final String LOG = "requestshook.log";
    static final String DIAGRAM = "diagram.md";
    static final String BODY = "body.md";

    private final Writer log;
    private final Writer diagram;
    private final Writer body;

    RequestshookFiles(Writer log, Writer diagram, Writer body) {
        this.log = log;
        this.diagram = diagram;
        this.body = body;
    }

    void add(TraceRecord r) throws IOException {
        String from = r.from();
        String service = r.to();
        String path = r.path();
        String requestHeaders = headers(r.requestHeaders());
        String requestBody = body(r.requestBody());
        // its template: a blank line, the title, headers, a blank line, the body, a blank line
        log.write("\n### (" + from + ") REQ >>> (" + service + ") : " + r.method() + " " + r.url() + "\n"
                + requestHeaders + "\n\n" + requestBody + "\n\n");
        diagram.write(from + "->>" + service + ": " + r.method() + " " + path + "\n");
        body.write(markdown("### " + r.method() + " " + path, "`" + from + "` --> `" + service + "`",
                r.method() + " " + path, requestHeaders.isEmpty() ? "none" : requestHeaders, requestBody));
        String status = StatusText.of(r);
        if (status == null) {
            return;
        }
        String responseHeaders = headers(responseHeaders(r));
        String responseBody = body(r.responseBody());
        log.write("\n### (" + from + ") RESP <<< (" + service + ") : " + status + " " + r.method() + " " + r.url()
                + "\n" + responseHeaders + "\n\n" + responseBody + "\n\n");
        diagram.write(service + "-->>" + from + ": " + status + " " + path + "\n");
        body.write(markdown("### " + status + " " + path, "`" + from + "` <-- `" + service + "`",
                status + " " + path, responseHeaders, responseBody));
    }

    /**
     * requestshook's middleware adds its two headers to every response before logging it; a
     * jos recording has the request's, so the response shows what requestshook would have.
     */
    private static Map<String, String> responseHeaders(TraceRecord r) {
        Map<String, String> h = new LinkedHashMap<>(r.responseHeaders() == null ? Map.of() : r.responseHeaders());
        String id = TraceRecord.header(r.requestHeaders(), "X-Requestshook-Request-Id");
        if (id != null && TraceRecord.header(h, "X-Requestshook-Request-Id") == null) {
            h.put("X-Requestshook-Request-Id", id);
            h.put("X-Requestshook-Request-From", r.from());
        }
        return h;
    }

    private static String markdown(String heading, String arrow, String title, String headers, String body) {
        return "\n" + heading + "\n" + arrow + "\n\n"
                + "=== \"Header\"\n    ``` http title=\"" + title + "\" linenums=\"1\"\n" + indent(headers) + "\n    ```\n\n"
                + "=== \"Body\"\n    ``` json title=\"" + title + "\" linenums=\"1\"\n" + indent(body) + "\n    ```\n\n";
    }

    static String headers(Map<String, String> headers) {
        StringBuilder sb = new StringBuilder();
        if (headers != null) {
            for (Map.Entry<String, String> e : headers.entrySet()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(e.getKey()).append(": ").append(e.getValue());
            }
        }
        return sb.toString();
    }

    /** As requestshook's format_body: JSON with indent 2, else the text, else "none". */
    static String body(JsonNode body) {
        if (body == null || body.isNull() || (body.isTextual() && body.textValue().isEmpty())) {
            return "none";
        }
        return body.isTextual() ? body.textValue() : PythonJsonIndent.dumps(body);
    }

    /** Python's textwrap.indent with four spaces: lines of only whitespace stay as they are. */
    static String indent(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 64);
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            String line = nl < 0 ? text.substring(start) : text.substring(start, nl + 1);
            if (!line.isBlank()) {
                sb.append("    ");
            }
            sb.append(line);
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return sb.toString();
    }
}
