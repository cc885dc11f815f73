package dev.jos.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PythonIntTest {

    @Test
    void acceptsWhatPythonIntAccepts() {
        assertEquals(45, PythonInt.parse(" 45 \n"));
        assertEquals(5, PythonInt.parse("+5"));
        assertEquals(-3, PythonInt.parse("-3"));
        assertEquals(1000, PythonInt.parse("1_000"));
        assertEquals(Integer.MAX_VALUE, PythonInt.parse("99999999999999999999"));
    }

    @Test
    void rejectsWithPythonsMessage() {
        assertEquals("invalid literal for int() with base 10: 'wide'",
                assertThrows(OutputException.class, () -> PythonInt.parse("wide")).getMessage());
        assertEquals("invalid literal for int() with base 10: ''",
                assertThrows(OutputException.class, () -> PythonInt.parse("")).getMessage());
        assertThrows(OutputException.class, () -> PythonInt.parse("1__0"));
        assertThrows(OutputException.class, () -> PythonInt.parse("1.5"));
    }
}
