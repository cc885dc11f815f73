package dev.jos.output;

/** Python's notion of whitespace and of string length (code points, not UTF-16 units). */
final class PythonText {

    private PythonText() {
    }

    /** Python's str.isspace() for one code point. */
    static boolean isSpace(int cp) {
        switch (cp) {
            case '\t': case '\n': case 0x0b: case 0x0c: case '\r':
            case 0x1c: case 0x1d: case 0x1e: case 0x1f: case ' ':
            case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029:
            case 0x202f: case 0x205f: case 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200a;
        }
    }

    /** Python's {@code text.strip() == ''}. */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isSpace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Python's {@code len(text)}. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Python's {@code text[start:end]} for 0 &lt;= start &lt;= end, clamped to the length. */
    static String slice(String text, int start, int end) {
        int length = length(text);
        int from = Math.min(Math.max(start, 0), length);
        int to = Math.min(Math.max(end, from), length);
        return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
    }
}
