package dev.jos.shell;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real terminal for tests: a tmux server on a private socket (-L, unique per instance), one
 * window running a command; keys in with send-keys, the screen out with capture-pane. Closing it
 * kills only this server.
 */
final class Tmux implements AutoCloseable {
    private final String socket = "jos-test-" + UUID.randomUUID().toString().substring(0, 8);

    Tmux(Map<String, String> env, String command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d",
                "-s", "t", "-x", "150", "-y", "50", command));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail("tmux did not start (is it installed?): " + out);
        }
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return out;
    }

    /** Types text literally (no key names). */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "t", "-l", "--", text); // "--": text may begin with a dash
    }

    /** Presses keys by tmux's names: Tab, Enter, C-c, Up, C-u ... */
    void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", "t", "-S", "-200");
    }

    /** Waits until the screen satisfies {@code test}; fails with the screen after {@code seconds}. */
    String await(String what, int seconds, Predicate<String> test) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String s = screen();
        while (!test.test(s)) {
            if (System.nanoTime() > end) {
                fail("waited " + seconds + " s for " + what + "; screen:\n" + s);
            }
            Thread.sleep(100);
            s = screen();
        }
        return s;
    }

    /** The last non-empty line on the screen. */
    static String lastLine(String screen) {
        String[] lines = screen.stripTrailing().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }

    @Override
    public void close() throws IOException, InterruptedException {
        tmux("kill-server");
    }
}
