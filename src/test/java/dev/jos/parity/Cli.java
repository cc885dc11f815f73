package dev.jos.parity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs one command line with exactly the given environment and captures what it did. */
public final class Cli {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(
            Long.getLong("jos.parity.timeout", 120));

    private Cli() {
    }

    /** What one run produced. {@code exit} is -1 when the process was killed after the timeout. */
    public record Result(String tool, List<String> argv, int exit, String stdout, String stderr, long millis) {
        public boolean timedOut() {
            return exit == -1;
        }

        public String describe() {
            return tool + " " + String.join(" ", argv) + "  -> exit " + (timedOut() ? "TIMEOUT" : exit)
                    + " in " + millis + " ms";
        }
    }

    public static Result run(String tool, List<String> program, List<String> args, Map<String, String> env,
                             Path cwd, Duration timeout) {
        List<String> cmd = new ArrayList<>(program);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        long start = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + cmd, e);
        }
        CompletableFuture<byte[]> out = drain(p.getInputStream());
        CompletableFuture<byte[]> err = drain(p.getErrorStream());
        int exit;
        try {
            if (p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                exit = p.exitValue();
            } else {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                exit = -1;
            }
        } catch (InterruptedException e) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + cmd, e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(tool, List.copyOf(args), exit, text(out), text(err), millis);
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                return new ByteArrayOutputStream().toByteArray();
            }
        }, r -> {
            Thread t = new Thread(r, "cli-drain");
            t.setDaemon(true);
            t.start();
        });
    }

    private static String text(CompletableFuture<byte[]> f) {
        try {
            return new String(f.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        } catch (Exception e) {
            return "<output not captured: " + e + ">";
        }
    }
}
