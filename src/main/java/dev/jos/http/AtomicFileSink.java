package dev.jos.http;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A {@link ResponseSink} into a file that appears whole or not at all: the body goes to a hidden
 * temporary file in the target's directory ({@code .NAME.RANDOM.part}, same file system, so the
 * final rename is atomic) which replaces the target only on {@link #commit()}. A failed or
 * interrupted download removes the temporary file (on Ctrl-C through the JVM's delete-on-exit)
 * and leaves an existing target as it was.
 *
 * <p>The temporary file is created with the default mode (umask applies), as python's
 * {@code open(name, 'wb')} would create the target; when the target exists already its
 * permissions carry over. Single use; {@link #abort()} may come from another thread (a cancel).
 */
public final class AtomicFileSink implements ResponseSink {
    private final Path target;
    private Path temp;
    private boolean opened;
    private boolean aborted;

    public AtomicFileSink(Path target) {
        this.target = Objects.requireNonNull(target, "target").toAbsolutePath();
    }

    public Path target() {
        return target;
    }

    /** The temporary file while the body is being written, else null. */
    public synchronized Path tempFile() {
        return temp;
    }

    @Override
    public synchronized OutputStream open() throws IOException {
        if (opened) {
            throw new IllegalStateException("an AtomicFileSink is used once");
        }
        opened = true;
        Path dir = target.getParent();
        SecureRandom random = new SecureRandom();
        OutputStream out = null;
        while (out == null) {
            byte[] suffix = new byte[6];
            random.nextBytes(suffix);
            Path candidate = dir.resolve("." + target.getFileName() + "." + HexFormat.of().formatHex(suffix) + ".part");
            try {
                out = Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                temp = candidate;
            } catch (FileAlreadyExistsException e) {
                // another download picked the same name: draw again
            }
        }
        File tempFile = temp.toFile();
        tempFile.deleteOnExit(); // so an interrupted run leaves no .part behind
        copyPermissions();
        return out;
    }

    private void copyPermissions() {
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (from == null || to == null || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            to.setPermissions(from.readAttributes().permissions());
        } catch (IOException e) {
            // the default mode is a fine fallback
        }
    }

    @Override
    public synchronized void commit() throws IOException {
        if (aborted) {
            throw new IOException("the download was cancelled");
        }
        if (temp == null) {
            throw new IllegalStateException("nothing was opened");
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            abort();
            throw e;
        }
        temp = null;
    }

    @Override
    public synchronized void abort() {
        aborted = true;
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // delete-on-exit will try again
        }
        temp = null;
    }
}
