package dev.jos.session;

import dev.jos.json.Json;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Scoped tokens kept between runs, one file per set of auth settings, readable only by the
 * user. A reused token saves the password login at keystone and the first validation at each
 * service, most of a command's time. The settings' key includes a digest of the password, so
 * files are named by an HMAC of it under a random per-user salt kept beside them: a file name
 * alone gives nothing to guess a weak password against.
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
        try {
            Path file = file(key, false);
            if (file == null || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            JsonNode n = Json.parse(Files.readAllBytes(file));
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
        store(key, token, null);
    }

    /**
     * What was discovered about the cloud's endpoints (versions, microversions) with this token,
     * kept in the token's entry so a cached run makes no discovery request; empty when none.
     */
    public Optional<JsonNode> discovery(String key) {
        try {
            Path file = file(key, false);
            if (file == null || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            JsonNode d = Json.parse(Files.readAllBytes(file)).get("discovery");
            return d != null && d.isObject() ? Optional.of(d) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The token and, when not null, what was discovered with it. */
    public void store(String key, AuthToken token, JsonNode discovery) {
        try {
            createPrivateDir(dir);
            ObjectNode n = Json.object();
            n.put("id", token.id());
            n.put("identity_url", token.identityUrl());
            n.set("token", token.body());
            if (discovery != null) {
                n.set("discovery", discovery);
            }
            Path target = file(key, true);
            Path tmp = Files.createTempFile(dir, "token", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.write(tmp, Json.write(n));
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // a cache that cannot be written (or not privately, as on a non-POSIX file system)
            // only costs speed; the command itself goes on
        }
    }

    public void drop(String key) {
        try {
            Path file = file(key, false);
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // same as above: nothing the user needs to act on
        }
    }

    /** The file of a key: HMAC-SHA256 under the salt; null when there is no salt yet. */
    private Path file(String key, boolean createSalt) throws IOException {
        String digest = digest(key, createSalt);
        return digest == null ? null : dir.resolve(digest + ".json");
    }

    /**
     * The name this cache gives a set of auth settings (an HMAC under the per-user salt, never a
     * secret), for other per-cloud caches to be keyed the same way; null when there is no salt yet
     * and {@code createSalt} is false.
     */
    public String digest(String key, boolean createSalt) throws IOException {
        byte[] salt = salt(createSalt);
        if (salt == null) {
            return null;
        }
        return java.util.HexFormat.of().formatHex(hmacSha256(salt, key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * HMAC-SHA256 (RFC 2104) over MessageDigest: the same bytes as javax.crypto's Mac, without
     * starting the JCE provider, which costs a completion more than the rest of its work.
     */
    static byte[] hmacSha256(byte[] key, byte[] message) throws IOException {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] k = key.length > 64 ? sha.digest(key) : key;
            byte[] ipad = new byte[64];
            byte[] opad = new byte[64];
            for (int i = 0; i < 64; i++) {
                byte b = i < k.length ? k[i] : 0;
                ipad[i] = (byte) (b ^ 0x36);
                opad[i] = (byte) (b ^ 0x5c);
            }
            sha.update(ipad);
            byte[] inner = sha.digest(message);
            sha.update(opad);
            return sha.digest(inner);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    private byte[] salt(boolean create) throws IOException {
        Path saltFile = dir.resolve("salt");
        if (Files.isRegularFile(saltFile)) {
            byte[] salt = Files.readAllBytes(saltFile);
            if (salt.length >= 16) {
                return salt;
            }
        }
        if (!create) {
            return null;
        }
        createPrivateDir(dir);
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        Path tmp = Files.createTempFile(dir, "salt", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(tmp, salt);
        try {
            // first writer wins; a concurrent jos then reads the same salt
            Files.move(tmp, saltFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            return Files.readAllBytes(saltFile);
        }
        return salt;
    }

    /**
     * Why the cache directory must not be used, or null when it may. A directory (or the jos
     * directory above it) that others can write lets them plant or swap token files, so it is
     * refused rather than trusted or silently repaired.
     */
    public static String unsafeReason(Path dir) {
        for (Path d : new Path[] {dir, dir.getParent()}) {
            if (d == null || !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Set<PosixFilePermission> p = Files.getPosixFilePermissions(d, LinkOption.NOFOLLOW_LINKS);
                if (p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE)) {
                    return d + " can be written by other users (chmod 700 " + d + " to use it again)";
                }
            } catch (IOException | UnsupportedOperationException e) {
                return d + " cannot be checked: " + e.getMessage();
            }
        }
        return null;
    }

    /**
     * The directory and any missing parent, each 0700 whatever the umask; an existing one of
     * ours that others may read is tightened to 0700.
     */
    static void createPrivateDir(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            tighten(dir);
            return;
        }
        Path parent = dir.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createPrivateDir(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE_DIR));
            // the umask may have taken bits away but never adds any: set exactly 0700
            Files.setPosixFilePermissions(dir, PRIVATE_DIR);
        } catch (FileAlreadyExistsException e) {
            // created concurrently by another jos
        }
    }

    private static void tighten(Path dir) {
        try {
            if (!Files.getPosixFilePermissions(dir).equals(PRIVATE_DIR)) {
                Files.setPosixFilePermissions(dir, PRIVATE_DIR);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not ours to change: unsafeReason decides whether it may be used at all
        }
    }

    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
}
