package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import dev.jos.parity.Cli.Result;

/**
 * Runs command lines through jos and through the reference client in the same environment and
 * compares what they did. One per test class: it owns a temporary HOME and XDG_CACHE_HOME
 * (one pair per tool, so neither sees the other's files), and the id and name maps that let
 * outputs about different objects be compared.
 */
public final class ParityHarness implements AutoCloseable {
    public static final String JOS = "jos";
    public static final String OSC = "osc";

    private final Path root;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "parity-run");
        t.setDaemon(true);
        return t;
    });
    /** id to the placeholder name it is shown as when comparing outputs about different objects. */
    private final Map<String, String> knownIds = new ConcurrentHashMap<>();
    /** text to its common form, e.g. each side's name prefix to one shared one. */
    private final Map<String, String> literals = new ConcurrentHashMap<>();
    private Duration timeout = Cli.DEFAULT_TIMEOUT;

    private ParityHarness(Path root) {
        this.root = root;
    }

    public static ParityHarness forClass(Class<?> testClass) {
        try {
            Path root = Files.createTempDirectory("jos-parity-" + testClass.getSimpleName() + "-");
            for (String tool : List.of(JOS, OSC)) {
                Files.createDirectories(root.resolve(tool).resolve("home"));
                Files.createDirectories(root.resolve(tool).resolve("cache"));
            }
            return new ParityHarness(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public void timeout(Duration t) {
        this.timeout = t;
    }

    public void knownId(String id, String name) {
        knownIds.put(id, name);
    }

    public void literal(String text, String common) {
        literals.put(text, common);
    }

    /** Writes the same file under both tools' HOME (e.g. .config/openstack/clouds.yaml). */
    public void homeFile(String relativePath, String content) {
        try {
            for (String tool : List.of(JOS, OSC)) {
                Path file = root.resolve(tool).resolve("home").resolve(relativePath);
                Files.createDirectories(file.getParent());
                Files.writeString(file, content, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- running ----------------------------------------------------------------------

    /** The process environment: the openrc variables and nothing else from the caller. */
    public Map<String, String> processEnv(String tool, Map<String, String> rc) {
        Map<String, String> env = new LinkedHashMap<>(rc);
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", root.resolve(tool).resolve("home").toString());
        env.put("XDG_CACHE_HOME", root.resolve(tool).resolve("cache").toString());
        env.put("LANG", "C.UTF-8");
        if (tool.equals(JOS)) {
            // one warm server for the whole suite, in a directory of its own (or none: -Djos.daemon=0)
            env.putAll(Lab.daemonEnv());
        }
        return env;
    }

    public Result jos(Map<String, String> rc, String... args) {
        return Cli.run(JOS, Lab.josCommand(), List.of(args), processEnv(JOS, rc), root, timeout);
    }

    public Result osc(Map<String, String> rc, String... args) {
        return Cli.run(OSC, List.of(Lab.OSC), List.of(args), processEnv(OSC, rc), root, timeout);
    }

    /** Both tools, the same command line and environment, run at the same time. */
    public Pair both(Map<String, String> rc, String... args) {
        return sides(rc, List.of(args), rc, List.of(args));
    }

    /** jos and OSC each on its own command line and environment (each on its own objects). */
    public Pair sides(Map<String, String> josRc, List<String> josArgs, Map<String, String> oscRc,
                      List<String> oscArgs) {
        CompletableFuture<Result> j = CompletableFuture.supplyAsync(
                () -> jos(josRc, josArgs.toArray(String[]::new)), pool);
        CompletableFuture<Result> o = CompletableFuture.supplyAsync(
                () -> osc(oscRc, oscArgs.toArray(String[]::new)), pool);
        return new Pair(j.join(), o.join());
    }

    /** Runs both and asserts parity with the default comparison (volatile values only). */
    public Pair parity(Map<String, String> rc, String... args) {
        Pair p = both(rc, args);
        assertParity(p, Compare.exact());
        return p;
    }

    public Pair parity(Compare how, Map<String, String> rc, String... args) {
        Pair p = both(rc, args);
        assertParity(p, how);
        return p;
    }

    public record Pair(Result jos, Result osc) {
    }

    // ---- comparing --------------------------------------------------------------------

    /**
     * How two runs are compared. Volatile values (tokens, request ids, timestamps) are always
     * normalized; the rest is opt-in.
     */
    public record Compare(boolean mapNames, boolean indexUnknownIds, boolean renameInStdout, boolean sortStdout,
                          boolean compareStderr, String suggestionsFor) {
        /** Same objects on both sides: only volatile values may differ. */
        public static Compare exact() {
            return new Compare(false, false, false, false, true, null);
        }

        /** Different objects on each side: the harness's known ids and side names are mapped. */
        public static Compare mapped() {
            return new Compare(true, false, false, false, true, null);
        }

        public Compare indexingUnknownIds() {
            return new Compare(mapNames, true, renameInStdout, sortStdout, compareStderr, suggestionsFor);
        }

        public Compare renamingProgramInStdout() {
            return new Compare(mapNames, indexUnknownIds, true, sortStdout, compareStderr, suggestionsFor);
        }

        /** Row order is the server's arbitrary choice (e.g. two new objects with random ids). */
        public Compare sortingStdoutLines() {
            return new Compare(mapNames, indexUnknownIds, renameInStdout, true, compareStderr, suggestionsFor);
        }

        /**
         * "Did you mean" lists: only the suggestions that start with the typed word. cliff then
         * adds the next closest group of all commands, which differs as long as OSC has
         * commands (its plugins' zone commands, say) that jos does not have yet.
         */
        public Compare onlySuggestionsStartingWith(String word) {
            return new Compare(mapNames, indexUnknownIds, renameInStdout, sortStdout, compareStderr, word);
        }
    }

    public String normalizeStdout(String s, Compare how) {
        s = common(s, how);
        if (how.renameInStdout()) {
            s = Normalizer.renameProgram(s);
        }
        if (how.sortStdout()) {
            s = Normalizer.sortedLines(s);
        }
        if (how.suggestionsFor() != null) {
            StringBuilder kept = new StringBuilder();
            for (String line : s.split("\n", -1)) {
                if (!line.startsWith("  ") || line.startsWith("  " + how.suggestionsFor() + " ")) {
                    kept.append(line).append('\n');
                }
            }
            s = kept.substring(0, kept.length() - 1);
        }
        return s;
    }

    public String normalizeStderr(String s, Compare how) {
        s = Normalizer.stripUsage(s);
        s = Normalizer.renameProgram(s);
        return common(s, how);
    }

    private String common(String s, Compare how) {
        s = Normalizer.volatileValues(s);
        if (how.mapNames()) {
            s = Normalizer.literals(s, literals);
            s = Normalizer.ids(s, knownIds, how.indexUnknownIds());
        } else if (how.indexUnknownIds()) {
            s = Normalizer.ids(s, Map.of(), true);
        }
        return s;
    }

    public void assertParity(Pair p, Compare how) {
        String problems = differences(p, how);
        if (!problems.isEmpty()) {
            String message = "jos differs from OSC\n" + problems + rawOutputs(p);
            log(message);
            fail(message);
        }
    }

    /** Empty when the pair is equal under {@code how}; otherwise a readable account. */
    public String differences(Pair p, Compare how) {
        StringBuilder sb = new StringBuilder();
        Result j = p.jos();
        Result o = p.osc();
        sb.append("  jos: ").append(j.describe()).append('\n');
        sb.append("  osc: ").append(o.describe()).append('\n');
        int len = sb.length();
        if (j.exit() != o.exit()) {
            sb.append("  exit code: jos ").append(j.exit()).append(", OSC ").append(o.exit()).append('\n');
        }
        String js = normalizeStdout(j.stdout(), how);
        String os = normalizeStdout(o.stdout(), how);
        if (!js.equals(os)) {
            sb.append("  stdout differs (normalized; '-' OSC, '+' jos):\n").append(Diff.unified(os, js));
        }
        if (how.compareStderr()) {
            String je = normalizeStderr(j.stderr(), how);
            String oe = normalizeStderr(o.stderr(), how);
            if (!je.equals(oe)) {
                sb.append("  stderr differs (normalized, usage blocks dropped; '-' OSC, '+' jos):\n")
                        .append(Diff.unified(oe, je));
            }
        }
        return sb.length() == len ? "" : sb.toString();
    }

    private static String rawOutputs(Pair p) {
        return "  --- raw OSC stdout ---\n" + indent(p.osc().stdout())
                + "  --- raw OSC stderr ---\n" + indent(p.osc().stderr())
                + "  --- raw jos stdout ---\n" + indent(p.jos().stdout())
                + "  --- raw jos stderr ---\n" + indent(p.jos().stderr());
    }

    private static String indent(String s) {
        if (s.isEmpty()) {
            return "    (empty)\n";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            sb.append("    |").append(line).append('\n');
        }
        return sb.toString();
    }

    /** Every difference also goes to target/parity-differences.txt, for the report. */
    private static synchronized void log(String message) {
        try {
            Path dir = Lab.josHome().resolve("target");
            if (Files.isDirectory(dir)) {
                Files.writeString(dir.resolve("parity-differences.txt"), message + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException ignored) {
            // the assertion message carries the same text
        }
    }

    /** Runs the reference client and fails unless it exits 0: for setup and lookups. */
    public Result oscOk(Map<String, String> rc, String... args) {
        Result r = osc(rc, args);
        if (r.exit() != 0) {
            fail("setup step failed: " + r.describe() + "\n" + r.stderr() + r.stdout());
        }
        return r;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
