package dev.jos.http;

import com.fasterxml.jackson.databind.JsonNode;

import dev.jos.json.Json;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Recognising bodies: JSON (parsed), text, or binary. */
final class JsonBodies {
    private JsonBodies() {
    }

    /** The body as JSON when it is a JSON object or array, else null. */
    static JsonNode parse(byte[] body, Charset charset) {
        if (body == null || body.length == 0) {
            return null;
        }
        String text = new String(body, charset).strip();
        if (!(text.startsWith("{") || text.startsWith("["))) {
            return null;
        }
        try {
            // strict like Python's json.loads: trailing garbage makes it not JSON
            return Json.parse(text);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The body decoded strictly, or null when the bytes are not valid in that charset. */
    static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean isAscii(byte[] body) {
        return decode(body, StandardCharsets.US_ASCII) != null;
    }
}
