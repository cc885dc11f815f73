package dev.jos.parity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code export K=V} lines of an openrc file into a map, the way a shell that sources
 * it would see them. Only what openrc files use is understood: several assignments on one
 * {@code export} line, single and double quotes, backslash escapes outside single quotes.
 * Every other line ({@code unset}, comments, loops) is ignored: the tests build their
 * environments from nothing, so there is nothing to unset.
 */
public final class OpenRc {
    private OpenRc() {
    }

    public static Map<String, String> read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read openrc " + file, e);
        }
    }

    public static Map<String, String> parse(String text) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (!line.startsWith("export ")) {
                continue;
            }
            for (String word : words(line.substring("export ".length()))) {
                int eq = word.indexOf('=');
                if (eq > 0) {
                    env.put(word.substring(0, eq), word.substring(eq + 1));
                }
            }
        }
        return env;
    }

    /** Shell words with quotes removed; stops at an unquoted {@code #} or {@code ;}. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
                i++;
                continue;
            }
            if ((c == '#' && cur == null) || c == ';') {
                break;
            }
            if (cur == null) {
                cur = new StringBuilder();
            }
            if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                if (end < 0) {
                    end = s.length();
                }
                cur.append(s, i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < s.length() && "\"\\$`".indexOf(s.charAt(i + 1)) >= 0) {
                        cur.append(s.charAt(i + 1));
                        i += 2;
                    } else {
                        cur.append(d);
                        i++;
                    }
                }
                i++;
            } else if (c == '\\' && i + 1 < s.length()) {
                cur.append(s.charAt(i + 1));
                i += 2;
            } else {
                cur.append(c);
                i++;
            }
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }
}
