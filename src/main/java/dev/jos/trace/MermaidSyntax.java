package dev.jos.trace;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The Mermaid text of a diagram part. Arrows are requestshook's lines
 * ({@code jos->>keystone: POST /v3/auth/tokens}, {@code keystone-->>jos: 201 CREATED /v3/auth/tokens}),
 * with aliases for hyphenated names and ids shortened. The same functions measure the text in the
 * plan and write it, so a part's length is known before it is written.
 */
final class MermaidSyntax implements DiagramSyntax {
    static final String INDENT = "    ";
    private static final int NOTE_MAX = 120;
    private static final String[] RECT_COLORS = {"rgb(250,250,250)", "rgb(240,244,248)"};

    private final DiagramPlan plan;

    MermaidSyntax(DiagramPlan plan) {
        this.plan = plan;
    }

    @Override
    public String request(TraceRecord r, BiConsumer<String, String> used) {
        if (r.behind() != null) {
            String arrow = r.behind().kind().equals("cast") ? "-)" : "->>";
            String path = r.behind().rpc() ? "" : plan.placeholders.shorten(r.path(), used);
            return INDENT + INDENT + id(r.from()) + arrow + id(r.to()) + ": " + escape(BehindText.request(r, path));
        }
        return INDENT + INDENT + id(r.from()) + "->>" + id(r.to()) + ": " + escape(r.method() + " "
                + plan.placeholders.shorten(r.path(), used));
    }

    @Override
    public String response(TraceRecord r, BiConsumer<String, String> used) {
        if (r.behind() != null) {
            String path = r.behind().rpc() ? "" : plan.placeholders.shorten(r.path(), used);
            String arrow = r.behind().error() == null ? "-->>" : "--x";
            return INDENT + INDENT + id(r.to()) + arrow + id(r.from()) + ": " + escape(BehindText.response(r, path));
        }
        String path = plan.placeholders.shorten(r.path(), used);
        String status = StatusText.of(r);
        if (status == null) {
            // no answer came: a cross instead of an arrowhead, and the failure
            return INDENT + INDENT + id(r.to()) + "--x" + id(r.from()) + ": " + escape("no response " + path
                    + (r.error() == null ? "" : " (" + shortError(r.error()) + ")"));
        }
        return INDENT + INDENT + id(r.to()) + "-->>" + id(r.from()) + ": " + escape(status + " " + path);
    }

    private static String shortError(String error) {
        String e = error.replaceFirst("^[a-zA-Z0-9_.$]+Exception: ", "");
        return e.length() > 60 ? e.substring(0, 59) + "…" : e;
    }

    String id(String name) {
        return plan.participants.alias(name);
    }

    /**
     * Mermaid reads ';' as the end of a statement and '#' as the start of an entity, and its
     * sanitizer takes '<' '>' for HTML: all written as entity codes.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '#' -> sb.append("#35;");
                case ';' -> sb.append("#59;");
                case '<' -> sb.append("#lt;");
                case '>' -> sb.append("#gt;");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String noteText(String commandLine) {
        String c = commandLine.isEmpty() ? "jos" : commandLine;
        return escape(c.length() > NOTE_MAX ? c.substring(0, NOTE_MAX - 1) + "…" : c);
    }

    /** What opening and closing a command's rect costs, with the widest possible note anchor. */
    long rectChars(TraceRecord r) {
        return (INDENT + "rect " + RECT_COLORS[0] + "\n").length()
                + (INDENT + INDENT + "note over ,: ").length() + 2L * Participants.MAX_ALIAS
                + noteText(r.commandLine()).length() + 1 + (INDENT + "end\n").length();
    }

    long headerChars(Set<String> people) {
        StringBuilder sb = new StringBuilder();
        try {
            writeParticipants(sb, people);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sb.length() + 200; // sequenceDiagram, title, autonumber
    }

    long legendFixedChars() {
        return (INDENT + "note over ,: Legend\n").length() + 2L * Participants.MAX_ALIAS;
    }

    long legendEntryChars(String placeholder, String id) {
        return ("<br/>" + placeholder + " = " + id).length();
    }

    @Override
    public void writeHeader(Writer out, DiagramPlan.Part part, int partCount) throws IOException {
        out.write("sequenceDiagram\n");
        String title = partCount > 1 ? "part " + (part.index + 1) + " of " + partCount + ": " + part.title : part.title;
        out.write(INDENT + "title " + escape(title.length() > NOTE_MAX ? title.substring(0, NOTE_MAX - 1) + "…" : title) + "\n");
        // numbers go on from the previous part, so arrow 57 is arrow 57 wherever it is drawn
        out.write(INDENT + "autonumber " + part.firstMessage + "\n");
        writeParticipants(out, part.participants);
    }

    /** Participants in boxes, one per service group, in the order the groups first appear. */
    private void writeParticipants(Appendable out, Set<String> people) throws IOException {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String p : people) {
            groups.computeIfAbsent(Participants.group(p, plan.client), g -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            out.append(INDENT).append("box ").append(Participants.color(g.getKey())).append(' ').append(g.getKey()).append('\n');
            for (String p : g.getValue()) {
                out.append(INDENT).append(INDENT).append("participant ").append(id(p));
                if (!id(p).equals(p)) {
                    out.append(" as ").append(escape(p));
                }
                out.append('\n');
            }
            out.append(INDENT).append("end\n");
        }
    }

    @Override
    public void openRect(Writer out, DiagramPlan.Part part, TraceRecord r, int nth) throws IOException {
        out.write(INDENT + "rect " + RECT_COLORS[nth % 2] + "\n");
        out.write(INDENT + INDENT + "note over " + span(part) + ": " + noteText(r.commandLine()) + "\n");
    }

    @Override
    public void closeRect(Writer out) throws IOException {
        out.write(INDENT + "end\n");
    }

    @Override
    public void writeLegend(Writer out, DiagramPlan.Part part) throws IOException {
        if (part.legend.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder(INDENT + "note over " + span(part) + ": Legend");
        for (Map.Entry<String, String> e : part.legend.entrySet()) {
            sb.append("<br/>").append(escape(e.getKey() + " = " + e.getValue()));
        }
        out.write(sb.append('\n').toString());
    }

    /** From the first participant to the last: a note across the whole part. */
    String span(DiagramPlan.Part part) {
        String first = null;
        String last = null;
        for (String p : orderedAsDrawn(part.participants)) {
            if (first == null) {
                first = p;
            }
            last = p;
        }
        return first.equals(last) ? id(first) : id(first) + "," + id(last);
    }

    List<String> orderedAsDrawn(Set<String> people) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String p : people) {
            groups.computeIfAbsent(Participants.group(p, plan.client), g -> new ArrayList<>()).add(p);
        }
        List<String> out = new ArrayList<>();
        groups.values().forEach(out::addAll);
        return out;
    }
}
