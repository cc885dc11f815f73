package dev.jos;

import java.io.OutputStream;

/**
 * The terminal side of an invocation: which standard descriptors are terminals, stdout for raw
 * bytes, the terminal's width and the password prompt. In-process these are the JVM's own; in
 * the warm process ({@code dev.jos.daemon}) they are the client's, reported over its socket.
 */
public interface Tty {
    /** Whether descriptor 0, 1 or 2 is a terminal. */
    boolean isTerminal(int fd);

    /** stdin is closed (`<&-`): OSC's os.fstat(0) fails. */
    boolean stdinClosed();

    /** stdout for bytes (image data). */
    OutputStream rawOut();

    /** The terminal's width in columns, or null when unknown. */
    Integer columns();

    /** Whether a console exists to prompt on (the JDK's System.console()). */
    boolean hasConsole();

    /** Asks without echo; null at end of input. */
    char[] readPassword(String prompt);

    /**
     * Registers what to do when the command is cancelled from outside its thread (Ctrl-C in a
     * warm-process client: the server lives on, so nothing ends with the JVM); returns what
     * unregisters it. In-process, Ctrl-C ends the JVM (file sinks delete on exit): nothing to do.
     */
    default Runnable onCancel(Runnable action) {
        return () -> { };
    }

    /** No terminal at all: what tests get. */
    Tty NONE = new Tty() {
        @Override
        public boolean isTerminal(int fd) {
            return false;
        }

        @Override
        public boolean stdinClosed() {
            return false;
        }

        @Override
        public OutputStream rawOut() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public Integer columns() {
            return null;
        }

        @Override
        public boolean hasConsole() {
            return false;
        }

        @Override
        public char[] readPassword(String prompt) {
            return null;
        }
    };
}
