package dev.jos.shell;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.jos.http.Redactor;

/**
 * The interactive shell's history: {@code $XDG_STATE_HOME/jos/history} (default
 * ~/.local/state/jos/history), one line per command, 0600 in a 0700 directory. Lines are only
 * ever appended, so a file this class cannot read (corrupt, foreign) is read as far as it makes
 * sense and never rewritten; a line holding a secret option (whatever --record redacts) is never
 * stored.
 */
public final class HistoryFile {
    static final int MAX_LOADED = 1000;
    private final Path file;

    public HistoryFile(Path file) {
        this.file = file;
    }

    public static Path defaultPath(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local").resolve("state");
        return base.resolve("jos").resolve("history");
    }

    /** The last lines that can be shown again; undecodable bytes and control characters drop their line. */
    public List<String> load() {
        List<String> lines = new ArrayList<>();
        try {
            if (!Files.isRegularFile(file)) {
                return lines;
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            for (String line : text.split("\n")) {
                if (!line.isBlank() && line.indexOf('\uFFFD') < 0 && line.chars().noneMatch(Character::isISOControl)) {
                    lines.add(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            return lines;
        }
        return lines.size() > MAX_LOADED ? new ArrayList<>(lines.subList(lines.size() - MAX_LOADED, lines.size())) : lines;
    }

    /** Appends a line unless it holds a secret; false when it was not stored. */
    public boolean append(String line) {
        if (!storable(line)) {
            return false;
        }
        try {
            Path dir = file.getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(file, (line + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // history only
        }
    }

    /** Whether a line may be kept: one line, and no option whose value --record would redact. */
    public static boolean storable(String line) {
        if (line == null || line.isBlank() || line.contains("\n") || line.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        List<String> words;
        try {
            words = Shlex.split(line);
        } catch (IllegalArgumentException e) {
            words = List.of(line.trim().split("\\s+"));
        }
        for (String w : words) {
            String name = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
            if (Redactor.isSecretOption(name)) {
                return false;
            }
        }
        // a secret inside an unbalanced quote would hide from the split above
        for (String w : line.split("[\\s'\"=]+")) {
            if (Redactor.isSecretOption(w)) {
                return false;
            }
        }
        return true;
    }
}
