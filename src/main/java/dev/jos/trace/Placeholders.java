package dev.jos.trace;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Shortens the ids in URL paths to named placeholders, so a diagram's arrows stay short and
 * equal resources look equal: {@code /servers/6dc2e525-...} becomes {@code /servers/{server_id}},
 * named from the segment before the id. A second server is {@code {server_id_2}}. The same id
 * always gets the same placeholder within one diagram; the legend maps them back.
 */
final class Placeholders {
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** keystone's ids are 32 hex digits; shorter hex words may be names, so 16 is the floor. */
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{16,}");

    private final Map<String, String> byId = new HashMap<>();
    private final Map<String, Integer> perName = new HashMap<>();

    static boolean isId(String segment) {
        if (segment.length() < 16) {
            return false; // most segments: no regex for them
        }
        return UUID.matcher(segment).matches() || HEX.matcher(segment).matches()
                || (segment.startsWith("req-") && UUID.matcher(segment.substring(4)).matches());
    }

    /**
     * The path with its ids replaced; each placeholder used is told to {@code used} with its id.
     */
    String shorten(String path, BiConsumer<String, String> used) {
        String[] segments = path.split("/", -1);
        StringBuilder out = new StringBuilder(path.length());
        String previous = null;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (i > 0) {
                out.append('/');
            }
            if (!s.isEmpty() && isId(s)) {
                String placeholder = byId.get(s);
                if (placeholder == null) {
                    placeholder = newPlaceholder(nameFor(previous));
                    byId.put(s, placeholder);
                }
                used.accept(placeholder, s);
                out.append(placeholder);
                previous = null; // /servers/{server_id}/{id}: an id after an id says nothing of its kind
            } else {
                out.append(s);
                previous = s;
            }
        }
        return out.toString();
    }

    private String newPlaceholder(String name) {
        int n = perName.merge(name, 1, Integer::sum);
        return "{" + name + (n == 1 ? "" : "_" + n) + "}";
    }

    /** servers -> server_id, policies -> policy_id, os-keypairs -> keypair_id, none -> id. */
    static String nameFor(String collection) {
        if (collection == null || collection.isEmpty()) {
            return "id";
        }
        String c = collection.toLowerCase(java.util.Locale.ROOT);
        if (c.startsWith("os-")) {
            c = c.substring(3);
        }
        c = c.replaceAll("[^a-z0-9]+", "_");
        if (c.endsWith("ies") && c.length() > 3) {
            c = c.substring(0, c.length() - 3) + "y";
        } else if (c.endsWith("sses")) {
            c = c.substring(0, c.length() - 2);
        } else if (c.endsWith("s") && !c.endsWith("ss") && c.length() > 1) {
            c = c.substring(0, c.length() - 1);
        }
        return c.isEmpty() ? "id" : c + "_id";
    }

    /** The placeholders given so far, in no particular order; for tests. */
    Map<String, String> assigned() {
        return new LinkedHashMap<>(byId);
    }
}
