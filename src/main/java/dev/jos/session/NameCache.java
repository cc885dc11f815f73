package dev.jos.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resource names of one cloud for shell completion, one file per kind (server, flavor ...) under
 * {@code $XDG_CACHE_HOME/jos/names/<cloud>/}, where {@code <cloud>} is the token cache's digest
 * of the auth settings. Written whenever a list command runs; files 0600 in 0700 directories,
 * and a file that cannot be read as names is ignored (the next listing replaces it).
 */
public final class NameCache {
    /** Older than this, a completion still answers from the file but refreshes it in the background. */
    public static final Duration FRESH = Duration.ofMinutes(2);
    static final int MAX_NAMES = 5000;

    private final Path dir;

    NameCache(Path dir) {
        this.dir = dir;
    }

    /** The cache of the cloud whose settings have this token-cache key; empty when it cannot have one. */
    public static Optional<NameCache> of(Map<String, String> env, Path home, String cacheKey, boolean create) {
        try {
            Path tokens = TokenCache.defaultDir(env, home);
            if (TokenCache.unsafeReason(tokens) != null) {
                return Optional.empty();
            }
            String digest = new TokenCache(tokens, java.time.Clock.systemUTC()).digest(cacheKey, create);
            if (digest == null) {
                return Optional.empty();
            }
            Path names = tokens.resolveSibling("names");
            if (TokenCache.unsafeReason(names) != null) {
                return Optional.empty();
            }
            return Optional.of(new NameCache(names.resolve(digest.substring(0, 32))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What is known of a kind: the names and when they were listed; empty when nothing usable is. */
    public Optional<Entry> read(String kind) {
        Path file = dir.resolve(kind);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Instant when = Files.getLastModifiedTime(file).toInstant();
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            List<String> names = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                if (line.isEmpty()) {
                    continue;
                }
                if (!plausible(line) || names.size() >= MAX_NAMES) {
                    return Optional.empty(); // not a file this class wrote
                }
                names.add(line);
            }
            return Optional.of(new Entry(List.copyOf(names), when));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Replaces a kind's names; any failure only costs completion. */
    public void write(String kind, List<String> names) {
        try {
            StringBuilder sb = new StringBuilder();
            names.stream().filter(NameCache::plausible).distinct().sorted().limit(MAX_NAMES)
                    .forEach(n -> sb.append(n).append('\n'));
            replace(dir, kind, sb.toString());
        } catch (IOException | RuntimeException e) {
            // completion only: the command that listed goes on
        }
    }

    /**
     * Writes {@code names/env/SHELLKEY}: this cache's directory name, then the config files the
     * cloud was resolved from. The completion scripts compute SHELLKEY from the environment
     * (a checksum of the non-secret OS_* variables and what else selects a cloud) and read the
     * names through this pointer without starting jos, while no listed file is newer than it.
     */
    public void pointShellKey(String shellKey, List<Path> configFiles) {
        if (shellKey == null || !SHELL_KEY.matcher(shellKey).matches()) {
            return;
        }
        try {
            StringBuilder sb = new StringBuilder(dir.getFileName().toString()).append('\n');
            for (Path f : configFiles) {
                if (plausible(f.toString())) {
                    sb.append(f).append('\n');
                }
            }
            replace(dir.resolveSibling("env"), shellKey, sb.toString());
        } catch (IOException | RuntimeException e) {
            // completion only: the scripts take the slow path
        }
    }

    /** Writes {@code directory/name} (0600, in a 0700 directory) whole, by a rename: a reader never sees half of it. */
    private static void replace(Path directory, String name, String text) throws IOException {
        TokenCache.createPrivateDir(directory);
        Path tmp = Files.createTempFile(directory, name, ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.write(tmp, text.getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(tmp, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The scripts' key: cksum's checksum and length of what they hashed. */
    static final java.util.regex.Pattern SHELL_KEY = java.util.regex.Pattern.compile("[0-9]{1,10}-[0-9]{1,10}");

    /** Marks a kind as being refreshed, so a burst of TABs starts one refresh, not one each. */
    public boolean claimRefresh(String kind) {
        Path mark = dir.resolve(kind + ".refresh");
        try {
            if (Files.isRegularFile(mark)
                    && Files.getLastModifiedTime(mark).toInstant().isAfter(Instant.now().minusSeconds(30))) {
                return false;
            }
            TokenCache.createPrivateDir(dir);
            Files.deleteIfExists(mark);
            Files.createFile(mark, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.setLastModifiedTime(mark, FileTime.from(Instant.now()));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    Path dir() {
        return dir;
    }

    /** A name a completion can offer: one line, no control characters. */
    static boolean plausible(String name) {
        if (name == null || name.isEmpty() || name.length() > 255) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public record Entry(List<String> names, Instant listedAt) {
        public boolean stale(Instant now) {
            return listedAt.plus(FRESH).isBefore(now);
        }
    }
}
