package dev.jos.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts are what /usr/bin/python3 (3.11) prints for the same values. */
class PythonReprTest {

    @Test
    void floatsPrintLikePythonRepr() {
        double[] values = {1.0, 0.1, 1e16, 1e-5, 0.0001, 123456789.123, -0.0, 1e22, 2.5e-10,
            1234567890123456.0, 9007199254740993.0, 0.30000000000000004, 1.0 / 3, Math.pow(2, -1074),
            1.7976931348623157e308, 100.0, 1e15, 123e-20, 5e-324, Math.pow(2, 60), 0.1 + 0.2, 4.35,
            2.675};
        String[] python = ("1.0 | 0.1 | 1e+16 | 1e-05 | 0.0001 | 123456789.123 | -0.0 | 1e+22 | "
                + "2.5e-10 | 1234567890123456.0 | 9007199254740992.0 | 0.30000000000000004 | "
                + "0.3333333333333333 | 5e-324 | 1.7976931348623157e+308 | 100.0 | "
                + "1000000000000000.0 | 1.23e-18 | 5e-324 | 1.152921504606847e+18 | "
                + "0.30000000000000004 | 4.35 | 2.675").split(" \\| ");
        for (int i = 0; i < values.length; i++) {
            assertEquals(python[i], PythonRepr.floatRepr(values[i]), "repr of " + values[i]);
        }
        assertEquals("nan", PythonRepr.floatRepr(Double.NaN));
        assertEquals("-inf", PythonRepr.floatRepr(Double.NEGATIVE_INFINITY));
    }

    @Test
    void floatObjectsAreFloatsAndFloatKeepsItsShortText() {
        assertEquals("0.1", PythonRepr.str(0.1f));
        assertEquals("2.0", PythonRepr.str(2.0));
        assertEquals("2.5", PythonRepr.str(new java.math.BigDecimal("2.50")));
    }

    @Test
    void stringReprPicksQuotesAndEscapesLikePython() {
        assertEquals("'plain'", PythonRepr.repr("plain"));
        assertEquals("\"it's\"", PythonRepr.repr("it's"));
        assertEquals("'say \"hi\"'", PythonRepr.repr("say \"hi\""));
        assertEquals("'both \\' and \"'", PythonRepr.repr("both ' and \""));
        assertEquals("'tab\\tnl\\ncr\\r'", PythonRepr.repr("tab\tnl\ncr\r"));
        assertEquals("'bell\\x07del\\x7f'", PythonRepr.repr("bell\u0007del\u007f"));
        assertEquals("'é한😀'", PythonRepr.repr("é한😀"));
        assertEquals("'\\xa0nbsp\\xad'", PythonRepr.repr("\u00a0nbsp\u00ad"));
        assertEquals("'\\u200bzw'", PythonRepr.repr("\u200bzw"));
        assertEquals("'\\u2028'", PythonRepr.repr("\u2028"));
        assertEquals("'\\ud7ff'", PythonRepr.repr("\ud7ff"));
        assertEquals("'\\U000e0001'", PythonRepr.repr(new String(Character.toChars(0xe0001))));
        assertEquals("'back\\\\slash'", PythonRepr.repr("back\\slash"));
    }

    @Test
    void containersPrintNestedReprs() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("k", List.of("v"));
        List<Object> list = new ArrayList<>(Arrays.asList(1, "a", null, true, 1.5, List.of(),
                Map.of(), inner));
        assertEquals("[1, 'a', None, True, 1.5, [], {}, {'k': ['v']}]", PythonRepr.str(list));
    }

    @Test
    void scalarsPrintAsPythonStr() {
        assertEquals("None", PythonRepr.str(null));
        assertEquals("False", PythonRepr.str(false));
        assertEquals("text", PythonRepr.str("text"));
        assertEquals("12345678901234567890", PythonRepr.str(new BigInteger("12345678901234567890")));
        assertEquals("-7", PythonRepr.str(-7L));
    }

    @Test
    void formattedValuesPrintTheirHumanForm() {
        assertEquals("a, b", PythonRepr.str(new ListColumn(List.of("b", "a"))));
        assertEquals("None", PythonRepr.str(new DictColumn(null)));
    }
}
