package dev.jos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB upload and a 1 GiB download pass in a JVM with a 64 MiB heap: proof that no step
 * holds a body whole (then the child dies with an OutOfMemoryError). The child is a separate
 * JVM so the heap limit is real; see {@link LargeBodyCheck}.
 */
class LargeBodyMemoryTest {
    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    @Test
    void oneGibUpAndDownUnder64MibOfHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(java.toString(), "-Xmx64m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), LargeBodyCheck.class.getName(),
                dir.toString(), Long.toString(GIB))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = child.waitFor(150, TimeUnit.SECONDS);
        if (!finished) {
            child.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(finished, "timed out: " + output);
        assertEquals(0, child.exitValue(), output);
        assertEquals(List.of(log), listing(), "the 1 GiB files are gone");
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
