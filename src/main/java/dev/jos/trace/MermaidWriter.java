package dev.jos.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** The second pass: streams the recording again and writes each planned part, in either syntax. */
final class MermaidWriter {

    /** Where part i goes; the writer is closed (or not) by {@link #done}. */
    interface PartSink {
        Writer open(DiagramPlan.Part part) throws IOException;

        void done(DiagramPlan.Part part, Writer out) throws IOException;
    }

    private MermaidWriter() {
    }

    static void write(TraceSource file, DiagramPlan plan, PartSink sink) throws IOException {
        write(file, plan, new MermaidSyntax(plan), sink);
    }

    static void write(TraceSource file, DiagramPlan plan, DiagramSyntax syntax, PartSink sink) throws IOException {
        List<DiagramPlan.Part> parts = plan.parts;
        var state = new Object() {
            int index = -1;
            Writer out;
            String run;
            int rects;
        };
        try {
            file.read(false, null, r -> {
                try {
                    DiagramPlan.Part part = state.index < 0 ? null : parts.get(state.index);
                    if (part == null || r.number() > part.last) {
                        if (part != null) {
                            finish(syntax, sink, part, state.out);
                        }
                        state.index++;
                        part = parts.get(state.index);
                        state.out = sink.open(part);
                        syntax.writeHeader(state.out, part, parts.size());
                        state.run = null;
                    }
                    if (!r.runKey().equals(state.run) || state.run == null) {
                        if (state.run != null) {
                            syntax.closeRect(state.out);
                        }
                        syntax.openRect(state.out, part, r, state.rects++);
                        state.run = r.runKey();
                    }
                    if (r.drawsRequest()) {
                        state.out.write(syntax.request(r, (p, id) -> { }));
                        state.out.write('\n');
                    }
                    if (r.drawsResponse()) {
                        state.out.write(syntax.response(r, (p, id) -> { }));
                        state.out.write('\n');
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (state.index >= 0) {
            finish(syntax, sink, parts.get(state.index), state.out);
        }
    }

    private static void finish(DiagramSyntax syntax, PartSink sink, DiagramPlan.Part part, Writer out) throws IOException {
        syntax.closeRect(out);
        syntax.writeLegend(out, part);
        syntax.writeFooter(out);
        sink.done(part, out);
    }
}
