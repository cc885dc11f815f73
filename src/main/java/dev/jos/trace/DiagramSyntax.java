package dev.jos.trace;

import java.io.IOException;
import java.io.Writer;
import java.util.function.BiConsumer;

/** How one diagram language writes a planned part: Mermaid, or PlantUML (for SVG too). */
interface DiagramSyntax {
    String request(TraceRecord r, BiConsumer<String, String> used);

    String response(TraceRecord r, BiConsumer<String, String> used);

    void writeHeader(Writer out, DiagramPlan.Part part, int partCount) throws IOException;

    void openRect(Writer out, DiagramPlan.Part part, TraceRecord r, int nth) throws IOException;

    void closeRect(Writer out) throws IOException;

    void writeLegend(Writer out, DiagramPlan.Part part) throws IOException;

    /** After the legend: what closes the document. */
    default void writeFooter(Writer out) throws IOException {
    }
}
