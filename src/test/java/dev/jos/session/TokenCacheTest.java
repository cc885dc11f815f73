package dev.jos.session;

import dev.jos.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

class TokenCacheTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    @TempDir
    Path tmp;

    private static AuthToken token(String expiresAt) {
        ObjectNode body = Json.object();
        body.put("expires_at", expiresAt);
        body.putObject("user").put("id", "u1");
        return new AuthToken("gAAAAsecret", body, "http://127.0.0.1:5000/v3");
    }

    private TokenCache cache(Instant now) {
        return new TokenCache(tmp.resolve("jos/tokens"), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void storesPrivatelyAndReloads() throws Exception {
        cache(NOW).store("k1", token("2026-01-01T01:00:00.000000Z"));
        Path file = onlyTokenFile();
        assertFalse(file.getFileName().toString().contains("k1"), "named by the key's HMAC, not the key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("jos/tokens/salt"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        AuthToken back = cache(NOW).load("k1").orElseThrow();
        assertEquals("gAAAAsecret", back.id());
        assertEquals("u1", back.userId());
    }

    @Test
    void aTokenCloseToExpiryIsDroppedNotReused() throws Exception {
        cache(NOW).store("k2", token("2026-01-01T00:04:00Z"));
        Path file = onlyTokenFile();
        assertTrue(cache(NOW).load("k2").isEmpty());
        assertFalse(Files.exists(file));
    }

    @Test
    void aCorruptFileIsIgnored() throws Exception {
        cache(NOW).store("k3", token("2026-01-01T01:00:00Z"));
        Files.writeString(onlyTokenFile(), "{not json");
        assertTrue(cache(NOW).load("k3").isEmpty());
    }

    @Test
    void differentKeysDoNotShareATokenAndNothingIsFoundBeforeTheFirstStore() {
        assertTrue(cache(NOW).load("k4").isEmpty());
        cache(NOW).store("k4", token("2026-01-01T01:00:00Z"));
        assertTrue(cache(NOW).load("k5").isEmpty());
        assertTrue(cache(NOW).load("k4").isPresent());
    }

    private Path onlyTokenFile() throws java.io.IOException {
        try (var files = Files.list(tmp.resolve("jos/tokens"))) {
            java.util.List<Path> tokens = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertEquals(1, tokens.size(), tokens.toString());
            return tokens.get(0);
        }
    }

    @Test
    void defaultDirFollowsXdg() {
        assertEquals(Path.of("/x/jos/tokens"), TokenCache.defaultDir(Map.of("XDG_CACHE_HOME", "/x"), Path.of("/h")));
        assertEquals(Path.of("/h/.cache/jos/tokens"), TokenCache.defaultDir(Map.of(), Path.of("/h")));
    }
}
