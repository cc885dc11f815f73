package dev.jos.session;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Scoped tokens kept between runs, one file per set of auth settings (named by the settings'
 * digest, never by a secret), readable only by the user. A reused token saves the password
 * login at keystone and the first validation at each service, most of a command's time.
 */
public final class TokenCache {
    /** keystoneauth renews a token this close to expiry; so do we, to never send a dying one. */
    static final Duration MIN_REMAINING = Duration.ofMinutes(5);

    private final Path dir;
    private final Clock clock;

    public TokenCache(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** $XDG_CACHE_HOME/jos/tokens, or ~/.cache/jos/tokens, as the XDG base directory spec says. */
    public static Path defaultDir(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("jos").resolve("tokens");
    }

    public Optional<AuthToken> load(String key) {
        Path file = dir.resolve(key + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = Json.MAPPER.readTree(file.toFile());
            AuthToken token = new AuthToken(n.path("id").asText(), n.get("token"), n.path("identity_url").asText());
            if (token.body() == null || token.expiresAt().isBefore(clock.instant().plus(MIN_REMAINING))) {
                drop(key);
                return Optional.empty();
            }
            return Optional.of(token);
        } catch (IOException | RuntimeException e) {
            drop(key); // unreadable or from another version: a fresh login replaces it
            return Optional.empty();
        }
    }

    public void store(String key, AuthToken token) {
        try {
            createPrivateDir(dir);
            ObjectNode n = Json.object();
            n.put("id", token.id());
            n.put("identity_url", token.identityUrl());
            n.set("token", token.body());
            Path tmp = Files.createTempFile(dir, key, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.write(tmp, Json.MAPPER.writeValueAsBytes(n));
                try {
                    Files.move(tmp, dir.resolve(key + ".json"), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, dir.resolve(key + ".json"), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // a cache that cannot be written only costs speed; the command itself goes on
        }
    }

    public void drop(String key) {
        try {
            Files.deleteIfExists(dir.resolve(key + ".json"));
        } catch (IOException e) {
            // same as above: nothing the user needs to act on
        }
    }

    private static void createPrivateDir(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            // created concurrently by another jos
        }
    }
}
