package dev.jos.compute.keypair;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.ByteBuffer;

import dev.jos.output.PythonRepr;

/**
 * The key files of `keypair create`: read and written as OSC's io.open does, with its error
 * text (Python's OSError: "[Errno 2] No such file or directory: '/path'"), except that a
 * private key file is created 0600 and renamed into place, so it is never readable by others,
 * not even for a moment (OSC writes it with the umask's mode).
 */
final class KeyFiles {
    private final String home;
    private final java.util.function.Function<String, Path> resolver;

    /** @param home $HOME, for os.path.expanduser */
    KeyFiles(String home) {
        this(home, Path::of);
    }

    /** @param resolver turns a name into a path against the invocation's working directory */
    KeyFiles(String home, java.util.function.Function<String, Path> resolver) {
        this.home = home;
        this.resolver = resolver;
    }

    /** os.path.expanduser for "~" and "~/..." (the forms a user types for their own files). */
    String expand(String path) {
        if (home != null && (path.equals("~") || path.startsWith("~/"))) {
            String h = home.endsWith("/") && path.length() > 1 ? home.substring(0, home.length() - 1) : home;
            return h + path.substring(1);
        }
        return path;
    }

    /** The file's text, with Python's universal newlines; an OSError's text on failure. */
    String read(String expanded) throws KeyFileException {
        Path p = resolver.apply(expanded);
        if (Files.isDirectory(p)) {
            throw new KeyFileException(errno(21, "Is a directory", expanded));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new KeyFileException(describe(e, expanded));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Python's UnicodeDecodeError is no IOError: OSC does not word it as a missing file
            throw new dev.jos.session.CommandException(utf8Error(bytes));
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Python's UnicodeDecodeError text for the first byte sequence that is not UTF-8. */
    static String utf8Error(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (need < 0) {
                return decodeError(b, i, i + 1, "invalid start byte");
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= b.length) {
                    return decodeError(b, i, i + k, "unexpected end of data");
                }
                int n = b[i + k] & 0xff;
                // the second byte's range excludes overlongs and surrogates, as CPython's decoder does
                int lo = k > 1 ? 0x80 : c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
                int hi = k > 1 ? 0xBF : c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
                if (n < lo || n > hi) {
                    return decodeError(b, i, i + k, "invalid continuation byte");
                }
            }
            i += need + 1;
        }
        return "'utf-8' codec can't decode the data";
    }

    private static String decodeError(byte[] b, int start, int end, String reason) {
        if (end - start == 1) {
            return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[start] & 0xff, start, reason);
        }
        return "'utf-8' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
    }

    /** Writes {@code text} to the file as its only content, mode 0600 from the first byte. */
    void writePrivate(String expanded, String text) throws KeyFileException {
        Path target = resolver.apply(expanded);
        if (Files.isDirectory(target)) {
            throw new KeyFileException(errno(21, "Is a directory", expanded));
        }
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new KeyFileException(describe(e, expanded));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing was written there that matters more than the error being reported
                }
            }
        }
    }

    /** Python's OSError text for the failure, naming the file the user gave. */
    static String describe(IOException e, String filename) {
        if (e instanceof NoSuchFileException) {
            return errno(2, "No such file or directory", filename);
        }
        if (e instanceof AccessDeniedException) {
            return errno(13, "Permission denied", filename);
        }
        if (e instanceof NotDirectoryException) {
            return errno(20, "Not a directory", filename);
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String reason = f.getReason();
            if (reason.contains("Not a directory")) {
                return errno(20, "Not a directory", filename);
            }
            if (reason.contains("Read-only file system")) {
                return errno(30, "Read-only file system", filename);
            }
            if (reason.contains("Is a directory")) {
                return errno(21, "Is a directory", filename);
            }
            if (reason.contains("No space left")) {
                return errno(28, "No space left on device", filename);
            }
            return reason + ": " + PythonRepr.repr(filename);
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static String errno(int code, String text, String filename) {
        return "[Errno " + code + "] " + text + ": " + PythonRepr.repr(filename);
    }

    /** A key file could not be read or written; the message is Python's. */
    static final class KeyFileException extends Exception {
        KeyFileException(String message) {
            super(message);
        }
    }
}
