package dev.jos;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.jos.cli.Invocation;

/**
 * The process's stdin and raw stdout for image data. Whether a descriptor is a terminal is read
 * from /proc (the JDK only says whether both are); a Context of a test (whose stdin is not the
 * process's) gets its own stdin as a pipe and no stdout.
 */
final class ProcessStdio implements Invocation.Stdio {
    private final Context ctx;
    private final boolean processStdin;

    ProcessStdio(Context ctx) {
        this.ctx = ctx;
        this.processStdin = ctx.in() == System.in;
    }

    @Override
    public InputStream in() {
        if (processStdin && !Files.exists(Path.of("/proc/self/fd/0")) && Files.isDirectory(Path.of("/proc/self/fd"))) {
            return null; // stdin closed (`<&-`)
        }
        return ctx.in();
    }

    @Override
    public boolean inIsTerminal() {
        return processStdin && isTerminal(0);
    }

    @Override
    public OutputStream out() {
        ctx.out().flush();
        return processStdin ? new FileOutputStream(FileDescriptor.out) : OutputStream.nullOutputStream();
    }

    @Override
    public boolean outIsTerminal() {
        return processStdin && isTerminal(1);
    }

    private static boolean isTerminal(int fd) {
        try {
            String target = Path.of("/proc/self/fd/" + fd).toRealPath().toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
