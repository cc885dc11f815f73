package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonJsonTest {

    /** Expected values printed by CPython 3.11: float.hex(v), repr(v). */
    @ParameterizedTest
    @CsvSource({
        "0x1.85cee17a02fb6p-9, 0.002974",
        "0x1.128a6117720c9p+0, 1.072424",
        "0x1.4f8b588e368f1p-17, 1e-05",
        "0x1.a36e2eb1c432dp-14, 0.0001",
        "0x1.421f5f40d8376p-23, 1.5e-07",
        "0x1.1c37937e08000p+53, 1e+16",
        "0x1.c6bf526340000p+49, 1000000000000000.0",
        "0x1.b69b4ba630f35p+56, 1.2345678901234568e+17",
        "0x1.3333333333334p-2, 0.30000000000000004",
        "0x0.0000000000001p-1022, 5e-324",
        "0x1.fffffffffffffp+1023, 1.7976931348623157e+308",
        "0x0.0000000000003p-1022, 1.5e-323",
        "0x1.9000000000000p+6, 100.0",
        "-0x1.4000000000000p+1, -2.5",
        "0x1.0000000000000p+53, 9007199254740992.0",
        "0x1.3333333333333p-2, 0.3",
        "0x1.0000000000000p+60, 1.152921504606847e+18",
        "0x1.5555555555555p-2, 0.3333333333333333",
        "0x0.0p+0, 0.0",
    })
    void floatsPrintAsPythonRepr(String hex, String python) {
        assertEquals(python, PythonJson.floatRepr(Double.parseDouble(hex)));
    }

    @Test
    void dumpsMatchesPythonJsonDumps() throws Exception {
        // json.dumps(json.loads(compact)) in CPython 3.11
        String compact = "{\"project\":{\"name\":\"jos\",\"description\":\"Zoë ✓ \\\"q\\\" \\\\ /\\n\\t\\u0001\\u007f😀\","
                + "\"enabled\":true,\"options\":{},\"tags\":[],\"n\":[1,-2,3.5,1E5,123456789012345678901234567890,null]}}";
        String python = "{\"project\": {\"name\": \"jos\", \"description\": \"Zo\\u00eb \\u2713 \\\"q\\\" \\\\ /\\n\\t\\u0001\\u007f\\ud83d\\ude00\", "
                + "\"enabled\": true, \"options\": {}, \"tags\": [], \"n\": [1, -2, 3.5, 100000.0, 123456789012345678901234567890, null]}}";
        assertEquals(python, PythonJson.dumps(new ObjectMapper().readTree(compact)));
    }
}
