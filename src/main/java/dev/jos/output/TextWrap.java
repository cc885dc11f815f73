package dev.jos.output;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code textwrap.fill(text, width)} with its default options, which prettytable uses to
 * wrap cells wider than their column and argparse its help. Like Python it measures in code
 * points, not display width.
 */
public final class TextWrap {

    private static final String WHITESPACE = "[\\t\\n\\x0b\\x0c\\r ]";
    private static final String NO_WHITESPACE = "[^\\t\\n\\x0b\\x0c\\r ]";
    /** Python's {@code \w}: letters, numbers and underscore. */
    private static final String WORD = "[\\p{L}\\p{N}_]";
    private static final String WORD_PUNCT = "[\\p{L}\\p{N}_!\"'&.,?]";
    /** Python's {@code [^\d\W]}: word characters but decimal digits. */
    private static final String LETTER = "[\\p{L}\\p{Nl}\\p{No}_]";

    /** textwrap.TextWrapper.wordsep_re (break_on_hyphens=True), one alternative per line. */
    private static final Pattern WORD_SEPARATOR = Pattern.compile("("
            + WHITESPACE + "+"
            + "|(?<=" + WORD_PUNCT + ")-{2,}(?=" + WORD + ")"
            + "|" + NO_WHITESPACE + "+?(?:"
            + "-(?:(?<=" + LETTER + "{2}-)|(?<=" + LETTER + "-" + LETTER + "-))"
            + "(?=" + LETTER + "-?" + LETTER + ")"
            + "|(?=" + WHITESPACE + "|\\z)"
            + "|(?<=" + WORD_PUNCT + ")(?=-{2,}" + WORD + ")"
            + "))");

    private static final int TAB_SIZE = 8;

    private TextWrap() {
    }

    static String fill(String text, int width) {
        return String.join("\n", wrap(text, width));
    }

    public static List<String> wrap(String text, int width) {
        if (width <= 0) {
            throw new OutputException("invalid width " + width + " (must be > 0)");
        }
        return wrapChunks(split(mungeWhitespace(text)), width);
    }

    /** Expands tabs, then turns every other ASCII whitespace character into a space. */
    private static String mungeWhitespace(String text) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                int spaces = TAB_SIZE - column % TAB_SIZE;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else if (cp == '\n' || cp == '\r') {
                out.append(' ');
                column = 0;
            } else {
                out.appendCodePoint(cp == 0x0b || cp == 0x0c ? ' ' : cp);
                column++;
            }
        }
        return out.toString();
    }

    /** Python's {@code re.split} with a capturing group, dropping empty pieces. */
    private static List<String> split(String text) {
        List<String> chunks = new ArrayList<>();
        Matcher matcher = WORD_SEPARATOR.matcher(text);
        int last = 0;
        while (matcher.find()) {
            addIfNotEmpty(chunks, text.substring(last, matcher.start()));
            addIfNotEmpty(chunks, matcher.group(1));
            last = matcher.end();
        }
        addIfNotEmpty(chunks, text.substring(last));
        return chunks;
    }

    private static void addIfNotEmpty(List<String> chunks, String chunk) {
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
    }

    /** textwrap.TextWrapper._wrap_chunks without indents or max_lines. */
    private static List<String> wrapChunks(List<String> chunks, int width) {
        List<String> lines = new ArrayList<>();
        // Python pops from the end of the reversed list; an index into the forward list is the same
        List<String> pending = new ArrayList<>(chunks);
        int next = 0;
        while (next < pending.size()) {
            List<String> line = new ArrayList<>();
            int lineLength = 0;
            if (PythonText.isBlank(pending.get(next)) && !lines.isEmpty()) {
                next++;
            }
            while (next < pending.size()) {
                int length = PythonText.length(pending.get(next));
                if (lineLength + length > width) {
                    break;
                }
                line.add(pending.get(next++));
                lineLength += length;
            }
            if (next < pending.size() && PythonText.length(pending.get(next)) > width) {
                handleLongWord(pending, next, line, lineLength, width);
                lineLength = 0;
                for (String chunk : line) {
                    lineLength += PythonText.length(chunk);
                }
            }
            if (!line.isEmpty() && PythonText.isBlank(line.get(line.size() - 1))) {
                lineLength -= PythonText.length(line.remove(line.size() - 1));
            }
            if (!line.isEmpty()) {
                lines.add(String.join("", line));
            }
        }
        return lines;
    }

    /** Breaks the chunk at {@code index}, preferably right after a hyphen. */
    private static void handleLongWord(List<String> pending, int index, List<String> line,
            int lineLength, int width) {
        int spaceLeft = width < 1 ? 1 : width - lineLength;
        String chunk = pending.get(index);
        int end = spaceLeft;
        if (PythonText.length(chunk) > spaceLeft) {
            String head = PythonText.slice(chunk, 0, spaceLeft);
            int hyphen = head.lastIndexOf('-');
            if (hyphen > 0) {
                int hyphenAt = head.codePointCount(0, hyphen);
                if (hasNonHyphen(head.substring(0, hyphen))) {
                    end = hyphenAt + 1;
                }
            }
        }
        line.add(PythonText.slice(chunk, 0, end));
        pending.set(index, PythonText.slice(chunk, end, Integer.MAX_VALUE));
    }

    private static boolean hasNonHyphen(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '-') {
                return true;
            }
        }
        return false;
    }
}
