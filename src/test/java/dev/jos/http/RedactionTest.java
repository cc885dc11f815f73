package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No secret may reach --debug or --record output: asserted on the full text of both. */
class RedactionTest {
    private static final List<String> SECRETS = List.of("tok-AUTH-1", "tok-SUBJECT-2", "tok-SERVICE-3", "Basic dXNlcjpwdw==",
            "pw-login-4", "tok-METHOD-5", "appcred-SECRET-6", "pw-new-7", "pw-old-8", "ec2-SECRET-9",
            "tok-V2-10", "adminpass-11", "appcred-created-12", "pw-keystone-13");

    @TempDir
    Path dir;

    private static Exchange exchange(String method, String url, Headers requestHeaders, String requestBody,
                                     Headers responseHeaders, String responseBody) {
        ApiRequest.Builder b = ApiRequest.builder(method, url).headers(requestHeaders);
        if (requestBody != null) {
            b.body(requestBody, "application/json");
        }
        return Exchange.succeeded(Instant.EPOCH, Duration.ofMillis(1), b.build(),
                new ApiResponse(200, "OK", responseHeaders, responseBody.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Exchange> secretLadenExchanges() {
        Headers json = Headers.of("Content-Type", "application/json", "x-openstack-request-id", "req-1");
        return List.of(
                exchange("POST", "http://127.0.0.1:5000/v3/auth/tokens", Headers.empty(),
                        "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"admin\",\"password\":\"pw-login-4\"}}}}}",
                        Headers.of("X-Subject-Token", "tok-SUBJECT-2", "Content-Type", "application/json"),
                        "{\"token\":{\"methods\":[\"password\"],\"catalog\":[]}}"),
                exchange("POST", "http://127.0.0.1:5000/v3/auth/tokens?nocatalog", Headers.empty(),
                        "{\"auth\":{\"identity\":{\"methods\":[\"token\"],\"token\":{\"id\":\"tok-METHOD-5\"}}}}",
                        json, "{\"token\":{}}"),
                exchange("POST", "http://127.0.0.1:5000/v3/auth/tokens", Headers.empty(),
                        "{\"auth\":{\"identity\":{\"methods\":[\"application_credential\"],\"application_credential\":{\"id\":\"ac1\",\"secret\":\"appcred-SECRET-6\"}}}}",
                        json, "{\"token\":{}}"),
                exchange("GET", "http://127.0.0.1:5000/v3/auth/tokens",
                        Headers.of("X-Auth-Token", "tok-AUTH-1", "X-Subject-Token", "tok-SUBJECT-2", "X-Service-Token", "tok-SERVICE-3",
                                "Authorization", "Basic dXNlcjpwdw=="), null,
                        Headers.of("X-Subject-Token", "tok-SUBJECT-2", "Content-Type", "application/json"), "{\"token\":{\"catalog\":[]}}"),
                exchange("POST", "http://127.0.0.1:5000/v3/users/u1/password", Headers.of("X-Auth-Token", "tok-AUTH-1"),
                        "{\"user\":{\"password\":\"pw-new-7\",\"original_password\":\"pw-old-8\"}}", json, ""),
                exchange("POST", "http://127.0.0.1:5000/v3/credentials", Headers.of("X-Auth-Token", "tok-AUTH-1"),
                        "{\"credential\":{\"type\":\"ec2\",\"blob\":\"{\\\"access\\\":\\\"a1\\\",\\\"secret\\\":\\\"ec2-SECRET-9\\\"}\"}}",
                        json, "{\"credential\":{\"blob\":\"{\\\"access\\\": \\\"a1\\\", \\\"secret\\\": \\\"ec2-SECRET-9\\\"}\"}}"),
                exchange("POST", "http://127.0.0.1:5000/v2.0/tokens", Headers.empty(), "{}", json,
                        "{\"access\":{\"token\":{\"id\":\"tok-V2-10\"},\"serviceCatalog\":[]}}"),
                exchange("POST", "http://127.0.0.1:8774/v2.1/servers", Headers.of("X-Auth-Token", "tok-AUTH-1"), "{\"server\":{}}", json,
                        "{\"server\":{\"id\":\"s1\",\"adminPass\":\"adminpass-11\"}}"),
                exchange("POST", "http://127.0.0.1:5000/v3/users/u1/application_credentials", Headers.of("X-Auth-Token", "tok-AUTH-1"),
                        "{\"application_credential\":{\"name\":\"ac\"}}", json,
                        "{\"application_credential\":{\"id\":\"ac1\",\"secret\":\"appcred-created-12\"}}"),
                exchange("POST", "http://127.0.0.1:8774/v2.1/os-whatever", Headers.of("X-Auth-Token", "tok-AUTH-1"),
                        "[{\"keystone_password\":\"pw-keystone-13\",\"password_expires_at\":\"2030\"}]", json, "[]"));
    }

    @Test
    void debugOutputHasNoSecrets() {
        StringWriter buf = new StringWriter();
        DebugLogger logger = new DebugLogger(new PrintWriter(buf), TlsSettings.defaults());
        secretLadenExchanges().forEach(logger::onExchange);
        String out = buf.toString();
        for (String secret : SECRETS) {
            assertFalse(out.contains(secret), secret + " leaked into:\n" + out);
        }
        assertTrue(out.contains("\"password\": \"***\", \"original_password\": \"***\""), out);
        assertTrue(out.contains("\"password_expires_at\": \"2030\""), out);
        assertTrue(out.contains("X-Auth-Token: " + Redactor.hash("tok-AUTH-1")), out);
        assertTrue(out.contains("Authorization: {SHA256}"), out);
    }

    @Test
    void recordFileHasNoSecrets() throws IOException {
        Path file = dir.resolve("r.jsonl");
        try (ExchangeRecorder recorder = new ExchangeRecorder(file, ServiceResolver.none(), new Redactor())) {
            secretLadenExchanges().forEach(recorder::onExchange);
        }
        String out = Files.readString(file);
        for (String secret : SECRETS) {
            assertFalse(out.contains(secret), secret + " leaked into:\n" + out);
        }
        // and the structure is still there for the diagrams
        var first = new ObjectMapper().readTree(out.lines().findFirst().orElseThrow());
        assertEquals("***", first.at("/request_body/auth/identity/password/user/password").asText());
        assertEquals("admin", first.at("/request_body/auth/identity/password/user/name").asText());
        assertEquals(Redactor.hash("tok-SUBJECT-2"), first.at("/response_headers/X-Subject-Token").asText());
        var tokenMethod = new ObjectMapper().readTree(out.lines().skip(1).findFirst().orElseThrow());
        assertEquals(Redactor.hash("tok-METHOD-5"), tokenMethod.at("/request_body/auth/identity/token/id").asText());
    }

    @Test
    void hashIsKeystoneauthsSha256Form() {
        // hashlib.sha256(b'gAAAAABjos-test-token').hexdigest()
        assertEquals("{SHA256}b78e0bee3ab7a485774b577e7b88e352766688e2c98eca6532fb40d0e67a20ed",
                Redactor.hash("gAAAAABjos-test-token"));
        assertTrue(Redactor.isSecretHeader("x-auth-TOKEN"));
        assertFalse(Redactor.isSecretHeader("X-Openstack-Request-Id"));
    }
}
