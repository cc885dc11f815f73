package dev.jos;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one invocation of jos may touch of the outside world. Tests build their own, so commands
 * never reach for System.out, System.getenv or the real home directory.
 */
public record Context(Map<String, String> env, PrintWriter out, PrintWriter err, InputStream in,
                      Path cwd, Path home, boolean interactiveTerminal) {

    public static Context system() {
        return new Context(System.getenv(),
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.in,
                Path.of("").toAbsolutePath(),
                Path.of(System.getProperty("user.home")),
                System.console() != null);
    }
}
