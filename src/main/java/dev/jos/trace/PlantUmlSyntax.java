package dev.jos.trace;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The same parts in PlantUML: participants in boxes, a {@code group} per jos command (PlantUML's
 * rect), {@code autonumber N} continuing across parts, the legend as a note. Also what the SVG is
 * drawn from.
 */
final class PlantUmlSyntax implements DiagramSyntax {
    private final DiagramPlan plan;
    private final MermaidSyntax names;

    PlantUmlSyntax(DiagramPlan plan) {
        this.plan = plan;
        this.names = new MermaidSyntax(plan);
    }

    @Override
    public String request(TraceRecord r, BiConsumer<String, String> used) {
        if (r.behind() != null) {
            String arrow = r.behind().kind().equals("cast") ? " ->> " : " -> ";
            String path = r.behind().rpc() ? "" : plan.placeholders.shorten(r.path(), used);
            return id(r.from()) + arrow + id(r.to()) + " : " + text(BehindText.request(r, path));
        }
        return id(r.from()) + " -> " + id(r.to()) + " : " + text(r.method() + " " + plan.placeholders.shorten(r.path(), used));
    }

    @Override
    public String response(TraceRecord r, BiConsumer<String, String> used) {
        if (r.behind() != null) {
            String path = r.behind().rpc() ? "" : plan.placeholders.shorten(r.path(), used);
            String arrow = r.behind().error() == null ? " --> " : " -->x ";
            return id(r.to()) + arrow + id(r.from()) + " : " + text(BehindText.response(r, path));
        }
        String path = plan.placeholders.shorten(r.path(), used);
        String status = StatusText.of(r);
        if (status == null) {
            return id(r.to()) + " -->x " + id(r.from()) + " : " + text("no response " + path);
        }
        return id(r.to()) + " --> " + id(r.from()) + " : " + text(status + " " + path);
    }

    private String id(String name) {
        return names.id(name);
    }

    /** PlantUML reads "\n" in a label as a line break and creole markup; neither is meant here. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace("\n", " ").replace("~", "~~");
    }

    @Override
    public void writeHeader(Writer out, DiagramPlan.Part part, int partCount) throws IOException {
        out.write("@startuml\n");
        String title = partCount > 1 ? "part " + (part.index + 1) + " of " + partCount + ": " + part.title : part.title;
        out.write("title " + text(title) + "\n");
        out.write("autonumber " + part.firstMessage + "\n");
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String p : part.participants) {
            groups.computeIfAbsent(Participants.group(p, plan.client), g -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            out.write("box \"" + g.getKey() + "\" " + hex(Participants.color(g.getKey())) + "\n");
            for (String p : g.getValue()) {
                out.write("participant \"" + p.replace("\"", "'") + "\" as " + id(p) + "\n");
            }
            out.write("end box\n");
        }
    }

    private static String hex(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
        return String.format("#%02X%02X%02X", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    @Override
    public void openRect(Writer out, DiagramPlan.Part part, TraceRecord r, int nth) throws IOException {
        String c = r.commandLine().isEmpty() ? "jos" : r.commandLine();
        out.write("group " + text(c.length() > 120 ? c.substring(0, 119) + "…" : c) + "\n");
    }

    @Override
    public void closeRect(Writer out) throws IOException {
        out.write("end\n");
    }

    @Override
    public void writeLegend(Writer out, DiagramPlan.Part part) throws IOException {
        if (part.legend.isEmpty()) {
            return;
        }
        List<String> drawn = names.orderedAsDrawn(part.participants);
        String span = drawn.size() == 1 ? id(drawn.get(0)) : id(drawn.get(0)) + ", " + id(drawn.get(drawn.size() - 1));
        out.write("note over " + span + "\n");
        out.write("Legend\n");
        for (Map.Entry<String, String> e : part.legend.entrySet()) {
            out.write(text(e.getKey() + " = " + e.getValue()) + "\n");
        }
        out.write("end note\n");
    }

    @Override
    public void writeFooter(Writer out) throws IOException {
        out.write("@enduml\n");
    }
}
