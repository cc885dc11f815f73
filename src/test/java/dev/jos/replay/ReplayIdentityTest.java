package dev.jos.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.Context;
import dev.jos.Jos;

/**
 * The whole CLI over recorded HTTP exchanges, no network: each case under
 * src/test/resources/replay was recorded from the lab by tools/record-replay-case.sh, with
 * what OSC printed for the same command on the same cloud state as the expectation. The
 * replay is strict: a request not in the recording, or a recorded exchange jos did not make,
 * fails the case.
 */
class ReplayIdentityTest {
    private static final Path CASES = Path.of("src/test/resources/replay");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyRecordedCaseMatchesOsc() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(CASES)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("no replay cases under " + CASES);
        }
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> replay(dir)));
    }

    private void replay(Path dir) throws IOException {
        try (ReplayServer server = ReplayServer.load(dir.resolve("exchanges.jsonl"))) {
            Map<String, String> env = new HashMap<>();
            for (String line : Files.readAllLines(dir.resolve("env"))) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    env.put(line.substring(0, eq), server.rewrite(line.substring(eq + 1)));
                }
            }
            Path home = Files.createTempDirectory(tmp, dir.getFileName().toString());
            env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Context ctx = new Context(env, new PrintWriter(out), new PrintWriter(err),
                    new ByteArrayInputStream(new byte[0]), home, home, () -> false);
            String[] args = Files.readAllLines(dir.resolve("args")).toArray(String[]::new);

            int rc = Jos.run(args, ctx);

            server.verify();
            assertEquals(Files.readString(dir.resolve("osc.out")), out.toString(), "stdout");
            assertEquals(normalize(Files.readString(dir.resolve("osc.err"))), normalize(err.toString()), "stderr");
            assertEquals(Integer.parseInt(Files.readString(dir.resolve("osc.rc")).trim()), rc, "exit code");
        }
    }

    /** Request ids differ between the two clients' runs; nothing else may. */
    private static String normalize(String s) {
        return s.replaceAll("req-[0-9a-f-]{36}", "req-ID").replace("openstack", "jos");
    }
}
