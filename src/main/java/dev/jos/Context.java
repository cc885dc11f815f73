package dev.jos;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What one invocation of jos may touch of the outside world. Tests build their own, so commands
 * never reach for System.out, System.getenv or the real home directory.
 */
public record Context(Map<String, String> env, PrintWriter out, PrintWriter err, InputStream in,
                      Path cwd, Path home, BooleanSupplier terminal, Tty tty) {

    /** A context with no terminal behind it (tests, training). */
    public Context(Map<String, String> env, PrintWriter out, PrintWriter err, InputStream in,
                   Path cwd, Path home, BooleanSupplier terminal) {
        this(env, out, err, in, cwd, home, terminal, Tty.NONE);
    }

    /** Whether a person sits at a terminal; asked only when needed (the JDK's answer is slow). */
    public boolean interactiveTerminal() {
        return terminal.getAsBoolean();
    }

    public static Context system() {
        // straight to fd 1, not System.out: a PrintStream hides why a write failed
        return new Context(System.getenv(),
                new ReportingWriter(new FileOutputStream(FileDescriptor.out)),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.in,
                Path.of("").toAbsolutePath(),
                home(System.getenv()),
                Context::systemConsoleIsTerminal,
                ProcessTty.INSTANCE);
    }

    /** $HOME, as OSC reads it (clouds.yaml, caches); the JVM's user.home ignores the variable. */
    public static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        return home != null && !home.isEmpty() ? Path.of(home) : Path.of(System.getProperty("user.home"));
    }

    /**
     * System.console() is non-null on JDK 22+ even when output is redirected (and loads a
     * line editor to say so), so Console.isTerminal() decides where it exists.
     */
    private static boolean systemConsoleIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17-21: a console exists only on a terminal
        }
    }
}
