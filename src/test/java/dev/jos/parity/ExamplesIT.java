package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walkthroughs under examples/ run as written on the lab, with bin/jos: the course's image
 * exercise (a protected image's 403, test-user's view before and after --public) and the trace
 * walkthrough (record, list, diagram, HTML, requestshook and HAR exports). Each script checks its
 * own results and exits non-zero on the first that is wrong.
 */
class ExamplesIT {
    @TempDir
    Path home;

    @BeforeAll
    static void lab() {
        Lab.require();
    }

    private String run(String script, String... env) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("examples").resolve(script).toString());
        pb.directory(root.toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().put("JOS_DAEMON", "0"); // no server left behind in a temporary HOME; the parity suites cover the warm path
        for (int i = 0; i < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        Path log = home.resolve(script + ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), script + " did not finish in 10 minutes");
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), script + " failed:\n" + out);
        return out;
    }

    @Test
    void imageExercise() throws Exception {
        String out = run("image-exercise.sh", "JOS", Path.of("bin/jos").toAbsolutePath().toString());
        assertTrue(out.contains("image exercise: OK"), out);
        assertTrue(out.contains("is protected and cannot be deleted"), "glance's 403 as OSC prints it:\n" + out);
    }

    @Test
    void networkExercise() throws Exception {
        String out = run("network-exercise.sh", "JOS", Path.of("bin/jos").toAbsolutePath().toString());
        assertTrue(out.contains("network exercise: OK"), out);
        assertTrue(out.contains("| allocation_pools     | 172.17.0.2-172.17.0.254"), "the course's subnet as OSC shows it:\n" + out);
    }

    @Test
    void traceWalkthrough() throws Exception {
        Path dir = home.resolve("trace");
        String out = run("trace-walkthrough.sh", "JOS_TRACE_OUT", dir.toString());
        assertTrue(out.contains("trace walkthrough: all files in " + dir), out);
        assertTrue(Files.size(dir.resolve("calls.har")) > 0);
    }
}
