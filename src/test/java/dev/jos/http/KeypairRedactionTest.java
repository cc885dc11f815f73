package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.jos.json.Json;

/** A generated private key never reaches --debug or --record output; the public key may. */
class KeypairRedactionTest {
    @Test
    void privateKeyOfACreatedKeypairIsMasked() throws Exception {
        JsonNode reply = Json.parse(("{\"keypair\": {\"name\": \"k\", \"public_key\": \"ssh-rsa AAAA\","
                + " \"private_key\": \"-----BEGIN RSA PRIVATE KEY-----\\nMIIE\\n-----END RSA PRIVATE KEY-----\\n\"}}")
                .getBytes(StandardCharsets.UTF_8));
        JsonNode shown = new Redactor().redact(reply);
        assertEquals(Redactor.MASK, shown.path("keypair").path("private_key").asText());
        assertEquals("ssh-rsa AAAA", shown.path("keypair").path("public_key").asText());
    }
}
