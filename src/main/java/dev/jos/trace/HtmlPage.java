package dev.jos.trace;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * One self-contained page that opens offline: each diagram part as inline SVG, then every
 * exchange as a collapsible request and response with headers and pretty-printed bodies. No
 * script, no external style or font. Written as the recording is read (bodies one at a time).
 */
final class HtmlPage {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}
            .part{overflow-x:auto;border:1px solid #ddd;padding:.5em;margin:1em 0}
            details{border:1px solid #ddd;border-radius:4px;margin:.3em 0;padding:.3em .6em}
            summary{cursor:pointer;font-family:ui-monospace,monospace}
            pre{background:#f6f8fa;padding:.6em;overflow-x:auto;font-size:.85em}
            .failed{color:#b00}.cmd{color:#555;font-size:.9em}
            """;

    private HtmlPage() {
    }

    /** The diagram drawn from {@code drawn} (the recording, or it merged with OSProfiler traces). */
    static void write(Writer out, TraceFile trace, TraceSource drawn, DiagramPlan plan, DiagramSyntax syntax,
                      SvgRenderer renderer) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + esc("jos trace: " + trace.name()) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<h1>" + esc("jos trace: " + trace.name()) + "</h1>\n");
        // the parts' PlantUML, each drawn as it is complete
        MermaidWriter.write(drawn, plan, syntax, new MermaidWriter.PartSink() {
            @Override
            public Writer open(DiagramPlan.Part part) {
                return new StringWriter();
            }

            @Override
            public void done(DiagramPlan.Part part, Writer text) throws IOException {
                out.write("<h2>" + esc(plan.parts.size() > 1 ? "Part " + (part.index + 1) + ": " + part.title : part.title)
                        + "</h2>\n<div class=\"part\">\n");
                String svg = renderer.render(text.toString());
                int start = svg.indexOf("<svg");
                out.write(start < 0 ? svg : svg.substring(start)); // inline: no XML prolog
                out.write("\n</div>\n");
            }
        });
        out.write("<h2>Requests and responses</h2>\n");
        try {
            trace.read(true, null, r -> {
                try {
                    exchange(out, r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.write("</body>\n</html>\n");
        out.flush();
    }

    private static void exchange(Writer out, TraceRecord r) throws IOException {
        String status = StatusText.of(r);
        out.write("<details id=\"x" + r.number() + "\"><summary>" + r.number() + ". " + esc(r.method() + " " + r.pathAndQuery())
                + " &rarr; " + (status == null ? "<span class=\"failed\">no response</span>" : esc(status))
                + " <span class=\"cmd\">" + esc(r.to() + ", " + (r.durationMs() == null ? "" : r.durationMs() + " ms")) + "</span></summary>\n");
        if (!r.commandLine().isEmpty()) {
            out.write("<p class=\"cmd\">" + esc(r.commandLine()) + "</p>\n");
        }
        out.write("<details><summary>Request</summary>\n<pre>" + esc(r.method() + " " + r.url() + "\n"
                + RequestshookFiles.headers(r.requestHeaders())) + "</pre>\n");
        body(out, r.requestBody());
        out.write("</details>\n");
        if (status != null) {
            out.write("<details><summary>Response</summary>\n<pre>" + esc(status + "\n" + RequestshookFiles.headers(r.responseHeaders()))
                    + "</pre>\n");
            body(out, r.responseBody());
            out.write("</details>\n");
        } else if (r.error() != null) {
            out.write("<p class=\"failed\">" + esc(r.error()) + "</p>\n");
        }
        out.write("</details>\n");
    }

    private static void body(Writer out, com.fasterxml.jackson.databind.JsonNode body) throws IOException {
        if (body != null && !body.isNull()) {
            out.write("<pre>" + esc(body.isTextual() ? body.textValue() : PythonJsonIndent.dumps(body)) + "</pre>\n");
        }
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

}
