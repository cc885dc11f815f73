package dev.jos.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The one place where jos puts user-given values into URLs. A value in a path is always exactly
 * one segment: everything but RFC 3986's unreserved characters is percent-encoded, and a value
 * made only of dots ("." or "..") is encoded too, so no name can add a segment, climb out of
 * its collection, or start a query. Query values are encoded as python-requests encodes them
 * (urlencode with quote_plus: a space is '+').
 */
public final class Urls {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Urls() {
    }

    /** One path segment, percent-encoded. */
    public static String segment(String value) {
        if (value == null) {
            throw new IllegalArgumentException("a path segment cannot be null");
        }
        if (!value.isEmpty() && value.chars().allMatch(c -> c == '.')) {
            return "%2E".repeat(value.length());
        }
        return encode(value, false);
    }

    /** "/a/b/c" from literal collection names and user values alike, each as one segment. */
    public static String path(String... segments) {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            sb.append('/').append(segment(s));
        }
        return sb.toString();
    }

    /** The base URL and an already-encoded path, with exactly one slash between them. */
    public static String join(String base, String path) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (path.isEmpty()) {
            return b;
        }
        return path.startsWith("/") ? b + path : b + "/" + path;
    }

    /** "?k=v&k2=v2" (or "" for none), in the map's order. */
    public static String query(Map<String, String> query) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : query.entrySet()) {
            appendPair(sb, e.getKey(), e.getValue());
        }
        return sb.toString();
    }

    /** Like {@link #query(Map)}, for parameters that repeat (e.g. several `tags`). */
    public static String query(List<Map.Entry<String, String>> query) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : query) {
            appendPair(sb, e.getKey(), e.getValue());
        }
        return sb.toString();
    }

    /** One query value as urllib.parse.quote_plus encodes it. */
    public static String queryValue(String value) {
        return encode(value, true);
    }

    private static void appendPair(StringBuilder sb, String key, String value) {
        sb.append(sb.length() == 0 ? '?' : '&').append(encode(key, true)).append('=').append(encode(value, true));
    }

    private static String encode(String value, boolean plusForSpace) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else if (c == ' ' && plusForSpace) {
                sb.append('+');
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return sb.toString();
    }
}
