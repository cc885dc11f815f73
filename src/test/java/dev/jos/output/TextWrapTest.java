package dev.jos.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Expected texts are Python 3.11's textwrap.fill(text, width). */
class TextWrapTest {

    @Test
    void breaksBetweenWords() {
        assertEquals("hello\nworld\nfoo bar", TextWrap.fill("hello world foo bar", 8));
        assertEquals("word,\nanother.\nthird?\nfourth!",
                TextWrap.fill("word, another. third? fourth!", 10));
    }

    @Test
    void breaksAfterHyphensAndInsideLongWords() {
        assertEquals("a-very-\nlong-hyphe\nnated-word", TextWrap.fill("a-very-long-hyphenated-word", 10));
        assertEquals("superca\nlifragi\nlistic", TextWrap.fill("supercalifragilistic", 7));
        assertEquals("--option=\nvalue\n--other", TextWrap.fill("--option=value --other", 9));
        assertEquals("a \n--\n-\nb", TextWrap.fill("a --- b", 2));
    }

    @Test
    void wrapsArgparseHelpAsPythonDoes() {
        assertEquals(java.util.List.of("Fit the table to the display width. Implied if --max-",
                "width greater than 0. Set the environment variable", "CLIFF_FIT_WIDTH=1 to always enable"),
                TextWrap.wrap("Fit the table to the display width. Implied if --max-width greater than 0. Set the "
                        + "environment variable CLIFF_FIT_WIDTH=1 to always enable", 54));
        assertEquals(java.util.List.of("Look, goof-ball --", "use the -b option! A", "very-long-", "hyphenated-word-",
                "that-needs-breaking-", "somewhere-in-the-", "middle ok"),
                TextWrap.wrap("Look, goof-ball -- use the -b option! A very-long-hyphenated-word-that-needs-breaking-"
                        + "somewhere-in-the-middle ok", 20));
        assertEquals(java.util.List.of("x --- y", "-- z", "a-b-c", "ab-cd", "12-34", "--flag"),
                TextWrap.wrap("x --- y -- z a-b-c ab-cd 12-34 --flag", 8));
        assertEquals(java.util.List.of("Pool of IPs:", "many   spaces", "and     tabs"),
                TextWrap.wrap("Pool of IPs:  many   spaces\tand\ttabs", 15));
    }

    @Test
    void keepsLeadingWhitespaceOfTheFirstLineAndExpandsTabs() {
        assertEquals("   \nlea\nd", TextWrap.fill("   lead", 3));
        assertEquals("x\ny\nz", TextWrap.fill("x\ty\tz", 5));
    }

    @Test
    void countsCodePointsNotDisplayWidth() {
        assertEquals("한국어 텍스트", TextWrap.fill("한국어 텍스트", 7));
        assertEquals("😀😀\n😀", TextWrap.fill("😀😀😀", 2));
    }

    @Test
    void refusesWidthZeroLikePython() {
        assertThrows(OutputException.class, () -> TextWrap.fill("x", 0));
    }
}
