package dev.jos.parity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the values that legitimately differ between two runs, and nothing else. Every
 * replacement keeps the length of what it replaces, so table borders stay comparable byte for
 * byte.
 */
public final class Normalizer {
    static final Pattern TOKEN = Pattern.compile("gAAAAA[A-Za-z0-9_\\-=]{20,}");
    static final Pattern REQUEST_ID = Pattern.compile(
            "req-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?");
    static final Pattern HEX_ID = Pattern.compile("(?<![0-9A-Za-z])[0-9a-f]{32}(?![0-9A-Za-z])");
    static final Pattern UUID = Pattern.compile(
            "(?<![0-9A-Za-z])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9A-Za-z])");
    static final Pattern ANY_ID = Pattern.compile(UUID.pattern() + "|" + HEX_ID.pattern());
    static final Pattern STANDARD_ATTR_ID = Pattern.compile("(standard_attr_id['\"]?(?:=|: )'?)(\\d+)");
    static final Pattern USAGE_START = Pattern.compile("^usage: ");

    private Normalizer() {
    }

    /** Tokens, request ids and timestamps: values that change on every run, even for one object. */
    public static String volatileValues(String s) {
        s = replace(s, TOKEN, m -> "gAAAAA" + "x".repeat(m.group().length() - 6));
        s = replace(s, REQUEST_ID, m -> "req-00000000-0000-0000-0000-000000000000");
        s = replace(s, TIMESTAMP, m -> m.group().replaceAll("\\d", "0"));
        // neutron's database row number of a resource: a counter, different for each side's copy
        s = replace(s, STANDARD_ATTR_ID, m -> m.group(1) + "0".repeat(m.group(2).length()));
        return s;
    }

    /**
     * Known ids (id to a name for it) become that name padded to the id's length; with
     * {@code indexUnknown}, every other 32-hex id and UUID becomes a numbered placeholder in the
     * order of first appearance.
     */
    public static String ids(String s, Map<String, String> known, boolean indexUnknown) {
        Map<String, String> seen = new LinkedHashMap<>();
        return replace(s, ANY_ID, m -> idPlaceholder(m.group(), known, indexUnknown, seen));
    }

    private static String idPlaceholder(String id, Map<String, String> known, boolean indexUnknown,
                                        Map<String, String> seen) {
        String name = known.get(id);
        if (name == null) {
            if (!indexUnknown) {
                return id;
            }
            name = seen.computeIfAbsent(id, k -> "id#" + (seen.size() + 1));
        }
        return pad("{" + name + "}", id.length());
    }

    static String pad(String s, int len) {
        if (s.length() >= len) {
            return s.substring(0, len - 1) + "}";
        }
        return s + ".".repeat(len - s.length());
    }

    /** Plain substring replacements in one pass, longest first (side-specific names to a common form). */
    public static String literals(String s, Map<String, String> replacements) {
        if (replacements.isEmpty()) {
            return s;
        }
        List<String> keys = new ArrayList<>(replacements.keySet());
        keys.sort((a, b) -> b.length() - a.length());
        StringBuilder alternatives = new StringBuilder();
        for (String k : keys) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(k));
        }
        return replace(s, Pattern.compile(alternatives.toString()), m -> replacements.get(m.group()));
    }

    /** OSC's program name to jos's, including cliff's article: "not an openstack command". */
    public static String renameProgram(String s) {
        s = s.replaceAll("\\ban openstack\\b", "a jos");
        return s.replaceAll("\\bopenstack\\b", "jos");
    }

    /**
     * Drops argparse's usage blocks: a line starting with {@code usage: } and the indented lines
     * that continue it. jos prints a shorter usage; the {@code error:} line after it is kept.
     */
    public static String stripUsage(String s) {
        StringBuilder out = new StringBuilder();
        boolean inUsage = false;
        for (String line : s.split("(?<=\n)")) {
            if (USAGE_START.matcher(line).find()) {
                inUsage = true;
                continue;
            }
            if (inUsage && (line.startsWith(" ") || line.startsWith("\t"))) {
                continue;
            }
            inUsage = false;
            out.append(line);
        }
        return out.toString();
    }

    /** The lines sorted: for lists whose row order is the server's arbitrary choice. */
    public static String sortedLines(String s) {
        String[] lines = s.split("\n", -1);
        boolean trailing = s.endsWith("\n");
        String[] body = trailing ? Arrays.copyOf(lines, lines.length - 1) : lines;
        Arrays.sort(body);
        return String.join("\n", body) + (trailing ? "\n" : "");
    }

    interface Replacer {
        String apply(Matcher m);
    }

    static String replace(String s, Pattern p, Replacer r) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(r.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
