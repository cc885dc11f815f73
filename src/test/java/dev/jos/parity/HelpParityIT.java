package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.jos.cli.CommandEntry;
import dev.jos.cli.Commands;

/**
 * Every command's {@code --help}, and usage errors whole (usage lines included), byte for byte
 * against OSC run under the name {@code jos} (a symlink: cliff names the program after argv[0]),
 * so argparse lays the usage out for the same program name.
 */
class HelpParityIT extends LabParity {
    private List<String> oscAsJos;

    @BeforeAll
    void oscNamedJos() throws IOException {
        Path dir = Files.createDirectories(h.root().resolve("osc-as-jos"));
        Path link = dir.resolve("jos");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of(Lab.OSC));
        oscAsJos = List.of(link.toString());
    }

    private Cli.Result osc(Map<String, String> env, List<String> args) {
        return Cli.run(ParityHarness.OSC, oscAsJos, args, env, h.root(), java.time.Duration.ofSeconds(120));
    }

    private Cli.Result jos(Map<String, String> env, List<String> args) {
        return Cli.run(ParityHarness.JOS, Lab.josCommand(), args, env, h.root(), java.time.Duration.ofSeconds(120));
    }

    private Map<String, String> env(String tool, String columns) {
        Map<String, String> env = new HashMap<>(h.processEnv(tool, admin));
        if (columns != null) {
            env.put("COLUMNS", columns);
        }
        return env;
    }

    /** Runs each command line on both, four at a time, and lists every one whose output differs. */
    private void compare(List<List<String>> lines, String columns, boolean stderr) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (List<String> args : lines) {
                results.add(pool.submit(() -> {
                    Cli.Result o = osc(env(ParityHarness.OSC, columns), args);
                    Cli.Result j = jos(env(ParityHarness.JOS, columns), args);
                    String oscOut = stderr ? o.stderr() : o.stdout();
                    String josOut = stderr ? j.stderr() : j.stdout();
                    if (o.exit() == j.exit() && oscOut.equals(josOut) && !oscOut.isEmpty()) {
                        return null;
                    }
                    return String.join(" ", args) + ": exit OSC " + o.exit() + ", jos " + j.exit() + "\n--- OSC\n" + oscOut
                            + "--- jos\n" + josOut;
                }));
            }
            List<String> differ = new ArrayList<>();
            for (Future<String> f : results) {
                if (f.get() != null) {
                    differ.add(f.get());
                }
            }
            assertTrue(differ.isEmpty(), differ.size() + " of " + lines.size() + " differ:\n" + String.join("\n", differ));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyCommandsHelp() throws Exception {
        List<List<String>> lines = new ArrayList<>();
        for (CommandEntry e : Commands.registry().entries()) {
            // jos's own commands, which OSC does not have
            if (!e.name().startsWith("trace ") && !e.name().equals("complete")) {
                List<String> args = new ArrayList<>(List.of(e.name().split(" ")));
                args.add("--help");
                lines.add(args);
            }
        }
        assertTrue(lines.size() > 100, "the registry lists " + lines.size() + " commands");
        compare(lines, null, false);
    }

    @Test
    void otherWidthsAndTheHelpCommand() throws Exception {
        List<List<String>> lines = List.of(List.of("server", "create", "--help"), List.of("network", "list", "--help"),
                List.of("user", "delete", "--help"), List.of("help", "port", "set"));
        compare(lines, "60", false);
        compare(lines, "132", false);
        compare(List.of(List.of("help", "flavor", "show")), null, false);
    }

    @Test
    void usageErrorsWhole() throws Exception {
        compare(List.of(List.of("network", "list", "--status", "FOO"), List.of("server", "create", "vm"),
                List.of("user", "create"), List.of("router", "create", "--ha", "--no-ha", "r"),
                List.of("flavor", "list", "--bogus"), List.of("limits", "show"), List.of("image", "list", "--limit", "x")),
                null, true);
        Cli.Result r = jos(env(ParityHarness.JOS, "60"), List.of("network", "list", "--status", "FOO"));
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().startsWith("usage: jos network list [-h]"), r.stderr());
    }
}
