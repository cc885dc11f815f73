package dev.jos.output;

import java.util.regex.Pattern;

/**
 * How many terminal columns prettytable thinks a string takes ({@code _str_block_width}): wcwidth
 * of the text without colour escapes, East Asian wide characters counting two, and -1 for the
 * whole string as soon as it holds a control character.
 */
final class DisplayWidth {

    private static final Pattern COLOUR_ESCAPES = Pattern.compile("\u001b\\[[0-9;]*m|\u001b\\(B");

    private DisplayWidth() {
    }

    static int of(String text) {
        String visible = COLOUR_ESCAPES.matcher(text).replaceAll("");
        int width = 0;
        for (int i = 0; i < visible.length(); ) {
            int cp = visible.codePointAt(i);
            i += Character.charCount(cp);
            int w = wcwidth(cp);
            if (w < 0) {
                return -1;
            }
            width += w;
        }
        return width;
    }

    /** The width of the widest line of a multi-line text (prettytable's {@code _get_size}). */
    static int ofBlock(String text) {
        int widest = Integer.MIN_VALUE;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, of(line));
        }
        return widest;
    }

    static int wcwidth(int cp) {
        if (WcwidthTables.isZeroWidthCf(cp)) {
            return 0;
        }
        if (cp < 32 || (cp >= 0x7f && cp < 0xa0)) {
            return -1;
        }
        if (WcwidthTables.isZeroWidth(cp)) {
            return 0;
        }
        return WcwidthTables.isWide(cp) ? 2 : 1;
    }
}
