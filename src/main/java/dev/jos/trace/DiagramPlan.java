package dev.jos.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first of a diagram's two passes over a recording: where each part starts and ends, and
 * what it shows (participants, placeholders), so the second pass can write every part's
 * header before its arrows while holding no exchange. Parts end where --split says, and always
 * before a part would pass {@link #MAX_MESSAGES_PER_PART} arrows in command or phase mode, or
 * Mermaid's 50,000-character limit ({@code maxTextSize}).
 */
final class DiagramPlan {
    static final int MERMAID_LIMIT = 50_000;
    /** Room for the title, which names the part count only known at the end, and rounding. */
    private static final int BUDGET = MERMAID_LIMIT - 1_000;
    /** A part of a long command still fits a screen or a page at a readable size. */
    static final int MAX_MESSAGES_PER_PART = 100;

    enum SplitMode { NONE, COMMAND, PHASE, COUNT }

    /** One part: exchanges first..last (numbers), its arrows starting at firstMessage. */
    static final class Part {
        final int index;
        final int first;
        int last;
        final int firstMessage;
        int messages;
        String title;
        final Set<String> participants = new LinkedHashSet<>();
        final Map<String, String> legend = new LinkedHashMap<>();
        long bodyChars;
        long legendChars;
        int runs;
        String firstRunTitle;
        String key;

        Part(int index, int first, int firstMessage, String key) {
            this.index = index;
            this.first = first;
            this.last = first;
            this.firstMessage = firstMessage;
            this.key = key;
        }
    }

    final SplitMode mode;
    final int perPart;
    final Placeholders placeholders = new Placeholders();
    final Participants participants = new Participants();
    final List<Part> parts = new ArrayList<>();
    final String client;
    private final MermaidSyntax syntax;
    private String run;
    private boolean wrote;
    private String lastPhase;
    private int messages;

    DiagramPlan(SplitMode mode, int perPart, String client) {
        this.mode = mode;
        this.perPart = perPart;
        this.client = client;
        this.syntax = new MermaidSyntax(this);
    }

    /** Phases of one command: log in, look things up, change something, check on it. */
    static String phase(TraceRecord r, boolean wroteBefore) {
        String m = r.method().toUpperCase(java.util.Locale.ROOT);
        if (m.equals("POST") && r.path().endsWith("/auth/tokens")) {
            return "authenticate";
        }
        if (m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS")) {
            return wroteBefore ? "check" : "look up";
        }
        return "change";
    }

    /** Adds the next exchange to the plan (pass one). */
    void add(TraceRecord r) {
        boolean newRun = !r.runKey().equals(run);
        if (newRun) {
            run = r.runKey();
            wrote = false;
        }
        // calls behind the API and the response half of an exchange stay in the phase they happen in
        boolean follows = (r.behind() != null || !r.drawsRequest()) && !newRun && lastPhase != null;
        String phase = follows ? lastPhase : phase(r, wrote);
        lastPhase = phase;
        if (phase.equals("change")) {
            wrote = true;
        }
        String key = switch (mode) {
            case COMMAND -> r.runKey();
            case PHASE -> r.runKey() + "\u0000" + phase;
            default -> null;
        };
        Map<String, String> used = new LinkedHashMap<>();
        String request = r.drawsRequest() ? syntax.request(r, used::put) + "\n" : "";
        String response = r.drawsResponse() ? syntax.response(r, used::put) + "\n" : "";
        long arrows = request.length() + response.length();
        int count = r.arrowCount();
        Part part = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        boolean split = part == null
                || (key != null && !key.equals(part.key))
                || (mode == SplitMode.COUNT && part.messages + count > perPart)
                || ((mode == SplitMode.COMMAND || mode == SplitMode.PHASE) && part.messages + count > MAX_MESSAGES_PER_PART)
                || estimate(part, r, used, arrows, newRun) > BUDGET;
        if (split) {
            part = new Part(parts.size(), r.number(), messages + 1, key);
            part.firstRunTitle = title(r, phase);
            parts.add(part);
            newRun = true; // every part opens the rect of its command
        }
        if (newRun) {
            part.bodyChars += syntax.rectChars(r);
            part.runs++;
        }
        // a part of one command is titled by it; of several, by how many
        part.title = part.runs == 1 ? part.firstRunTitle : part.runs + " jos commands";
        part.participants.add(r.from());
        part.participants.add(r.to());
        for (Map.Entry<String, String> e : used.entrySet()) {
            if (part.legend.putIfAbsent(e.getKey(), e.getValue()) == null) {
                part.legendChars += syntax.legendEntryChars(e.getKey(), e.getValue());
            }
        }
        part.bodyChars += arrows;
        part.messages += count;
        part.last = r.number();
        messages += count;
    }

    /** The part's length with r added; the legend grows by its new entries only (no copies). */
    private long estimate(Part part, TraceRecord r, Map<String, String> used, long arrows, boolean newRun) {
        Set<String> people = new LinkedHashSet<>(part.participants);
        people.add(r.from());
        people.add(r.to());
        long legend = part.legendChars;
        for (Map.Entry<String, String> e : used.entrySet()) {
            if (!part.legend.containsKey(e.getKey())) {
                legend += syntax.legendEntryChars(e.getKey(), e.getValue());
            }
        }
        return part.bodyChars + arrows + (newRun ? syntax.rectChars(r) : 0) + syntax.headerChars(people)
                + syntax.legendFixedChars() + legend;
    }

    private String title(TraceRecord r, String phase) {
        String command = r.commandLine().isEmpty() ? "jos" : r.commandLine();
        return mode == SplitMode.PHASE ? command + " (" + phase + ")" : command;
    }
}
