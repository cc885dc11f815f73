package dev.jos;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** This JVM's own terminal. Whether a descriptor is a terminal is read from /proc (the JDK only says whether both are). */
final class ProcessTty implements Tty {
    static final ProcessTty INSTANCE = new ProcessTty();

    private ProcessTty() {
    }

    @Override
    public boolean isTerminal(int fd) {
        try {
            String target = Path.of("/proc/self/fd/" + fd).toRealPath().toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean stdinClosed() {
        return !Files.exists(Path.of("/proc/self/fd/0")) && Files.isDirectory(Path.of("/proc/self/fd"));
    }

    @Override
    public OutputStream rawOut() {
        return new FileOutputStream(FileDescriptor.out);
    }

    @Override
    public Integer columns() {
        return dev.jos.cli.TerminalWidth.detect();
    }

    @Override
    public boolean hasConsole() {
        return System.console() != null;
    }

    @Override
    public char[] readPassword(String prompt) {
        java.io.Console console = System.console();
        return console == null ? null : console.readPassword("%s", prompt);
    }
}
