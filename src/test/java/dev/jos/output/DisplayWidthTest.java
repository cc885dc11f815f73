package dev.jos.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected widths are prettytable's _str_block_width (wcwidth 0.2.5) for the same text. */
class DisplayWidthTest {

    @Test
    void eastAsianWideCharactersCountTwo() {
        assertEquals(6, DisplayWidth.of("한국어"));
        assertEquals(2, DisplayWidth.of("😀"));
        assertEquals(8, DisplayWidth.of("ｆｕｌｌ"));
    }

    @Test
    void combiningAndZeroWidthCharactersCountZero() {
        assertEquals(1, DisplayWidth.of("e\u0301"));
        assertEquals(4, DisplayWidth.of("ab\u200bcd"));
    }

    @Test
    void colourEscapesAreIgnoredButOtherControlCharactersMakeMinusOne() {
        assertEquals(3, DisplayWidth.of("\u001b[31mred\u001b[0m"));
        assertEquals(-1, DisplayWidth.of("tab\there"));
        assertEquals(-1, DisplayWidth.of("del\u007f"));
        assertEquals(3, DisplayWidth.of("nul\u0000"));
    }

    @Test
    void blockWidthIsTheWidestLine() {
        assertEquals(5, DisplayWidth.ofBlock("ab\nabcde\nc"));
    }
}
