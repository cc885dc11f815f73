package dev.jos.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/** The hand-made HMAC names cache files exactly as javax.crypto's did (existing caches stay valid). */
class HmacTest {
    @Test
    void sameBytesAsTheJdksMac() throws Exception {
        for (int keyLength : new int[] {16, 32, 64, 65, 100}) {
            byte[] key = new byte[keyLength];
            for (int i = 0; i < keyLength; i++) {
                key[i] = (byte) (i * 7 + keyLength);
            }
            byte[] message = ("settings-" + keyLength).getBytes(StandardCharsets.UTF_8);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            assertArrayEquals(mac.doFinal(message), TokenCache.hmacSha256(key, message), "key of " + keyLength);
        }
    }
}
