package dev.jos.output;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** Python's {@code int(text)}, which cliff applies to its environment variables and OSC to typed values. */
public final class PythonInt {

    private static final Pattern LITERAL = Pattern.compile("[+-]?\\d+(?:_\\d+)*",
            Pattern.UNICODE_CHARACTER_CLASS);

    private PythonInt() {
    }

    /**
     * Parses like Python's {@code int()}: surrounding whitespace, a sign and single underscores
     * between digits are allowed. The result is clamped to the int range, which is wider than any
     * terminal.
     *
     * @throws OutputException with Python's ValueError text when the literal is invalid
     */
    static int parse(String text) {
        return exact(text).max(BigInteger.valueOf(Integer.MIN_VALUE)).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    }

    /**
     * Python's {@code int(text)} whole, however large.
     *
     * @throws OutputException with Python's ValueError text when the literal is invalid
     */
    public static BigInteger exact(String text) {
        String stripped = strip(text);
        if (!LITERAL.matcher(stripped).matches()) {
            throw new OutputException(
                    "invalid literal for int() with base 10: " + PythonRepr.repr(text));
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < stripped.length(); ) {
            int cp = stripped.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '-' || cp == '+') {
                digits.appendCodePoint(cp);
            } else if (cp != '_') {
                digits.append(Character.digit(cp, 10));
            }
        }
        return new BigInteger(digits.toString());
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && PythonText.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && PythonText.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
