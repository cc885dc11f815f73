package dev.jos.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonTest {
    private static final String DOC = "{\"a\":[1,2.5,true,false,null,\"\\u00e9\\ud55c\"],\"b\":{\"c\":12345678901234,"
            + "\"d\":123456789012345678901234567890},\"e\":\"\"}";

    @Test
    void readsTheSameTreeAsDatabind() throws IOException {
        JsonNode ours = Json.parse(DOC);
        assertEquals(new ObjectMapper().readTree(DOC), ours);
        assertEquals(new BigInteger("123456789012345678901234567890"), ours.path("b").path("d").bigIntegerValue());
        assertEquals(ours, Json.parse(DOC.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesWhatItReadsKeepingKeyOrder() throws IOException {
        assertEquals(DOC.replace("\\u00e9\\ud55c", "\u00e9\ud55c"), Json.writeString(Json.parse(DOC)));
        assertEquals(Json.parse(DOC), Json.parse(Json.write(Json.parse(DOC))));
    }

    @Test
    void refusesTrailingDataAndEmptyInputLikePython() {
        assertThrows(IOException.class, () -> Json.parse("{} x"));
        assertThrows(IOException.class, () -> Json.parse("{}{}"));
        assertThrows(IOException.class, () -> Json.parse(""));
        assertThrows(IOException.class, () -> Json.parse("{\"a\": }"));
    }

    @Test
    void nodesAreMutableTrees() {
        var o = Json.object();
        o.put("x", 1).putArray("y").add("z");
        assertTrue(o.path("y").isArray());
        assertEquals("{\"x\":1,\"y\":[\"z\"]}", Json.writeString(o));
    }
}
