package dev.jos.trace;

import dev.jos.session.CommandException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where a trace command's documents go with {@code -o}: files made readable by the owner only
 * (0600), since they hold API traffic, in directories made 0700 when jos creates them. An
 * existing file is replaced and made 0600 too.
 */
final class TraceOutput {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");

    private TraceOutput() {
    }

    /** A private file, truncated, for writing bytes. */
    static OutputStream newFile(Path file) throws IOException {
        if (POSIX) {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            }
            // before the first byte: an existing file may have been readable by others
            Files.setPosixFilePermissions(file, FILE);
        }
        return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** A private file for UTF-8 text. */
    static Writer newTextFile(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(newFile(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** The directory, created (0700) with its parents when missing. */
    static Path directory(Path dir, String shown) {
        try {
            if (Files.isDirectory(dir)) {
                return dir;
            }
            if (Files.exists(dir)) {
                throw new CommandException(shown + ": not a directory");
            }
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (POSIX) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIR));
            } else {
                Files.createDirectory(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new CommandException("Cannot create directory " + shown + ": " + e.getMessage());
        }
    }

    static CommandException cannotWrite(String shown, IOException e) {
        return new CommandException("Cannot write " + shown + ": " + e.getMessage());
    }
}
