package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.jos.parity.Cli.Result;
import dev.jos.parity.ParityHarness.Pair;

/**
 * For tests where jos and OSC each create and change their own copy of some objects: names
 * {@code <run>-jos-<base>} and {@code <run>-osc-<base>} (equally long, so tables keep their
 * widths), the mapping of both copies' names and ids to common placeholders, lookups and
 * failure-tolerant clean-up with the reference client.
 */
final class Sides {
    static final String JOS = ParityHarness.JOS;
    static final String OSC = ParityHarness.OSC;
    static final List<String> BOTH = List.of(JOS, OSC);
    /** Names of earlier runs: "jp" + base36 epoch seconds + "x" + two random characters. */
    private static final Pattern RUN_NAME = Pattern.compile("^jp([0-9a-z]{6})x[0-9a-z]{2}-(jos|osc)-");
    private static final long STALE_SECONDS = 3 * 3600;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ParityHarness h;
    private final Map<String, String> admin;
    private final String run = runId();

    Sides(ParityHarness h, Map<String, String> admin) {
        this.h = h;
        this.admin = admin;
        for (String side : BOTH) {
            h.literal(run + "-" + side + "-", run + "-@@@-");
        }
    }

    private static String runId() {
        String alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
        SecureRandom r = new SecureRandom();
        String rand = "" + alphabet.charAt(r.nextInt(36)) + alphabet.charAt(r.nextInt(36));
        return "jp" + Long.toString(System.currentTimeMillis() / 1000, 36) + "x" + rand;
    }

    String name(String side, String base) {
        return run + "-" + side + "-" + base;
    }

    /** A command line for each side: jos's built for the jos copy, OSC's for its own. */
    interface Args {
        List<String> of(String side);
    }

    Pair run(Map<String, String> josRc, Map<String, String> oscRc, Args args) {
        return h.sides(josRc, args.of(JOS), oscRc, args.of(OSC));
    }

    Pair run(Map<String, String> rc, Args args) {
        return run(rc, rc, args);
    }

    /** The reference must have done what the test expects, or the lab is not in the assumed state. */
    static void oscExit(Pair p, int expected) {
        assertEquals(expected, p.osc().exit(), () -> "the reference client itself did not do what the test expects: "
                + p.osc().describe() + "\n" + p.osc().stderr() + p.osc().stdout());
    }

    /**
     * Looks up (with the reference client) the ids of this run's objects, so that outputs about
     * the jos copy and the OSC copy compare equal: both map to e.g. "user:operator".
     */
    void refreshIds(String... kinds) {
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (String kind : kinds) {
            all.add(CompletableFuture.runAsync(() -> {
                for (JsonNode row : listJson(kind)) {
                    String n = row.path("Name").asText();
                    for (String side : BOTH) {
                        String prefix = run + "-" + side + "-";
                        if (n.startsWith(prefix)) {
                            h.knownId(row.path("ID").asText(), kind + ":" + n.substring(prefix.length()));
                        }
                    }
                }
            }));
        }
        all.forEach(CompletableFuture::join);
    }

    private JsonNode listJson(String kind) {
        List<String> args = new ArrayList<>(List.of(kind.split(" "))); // "security group" is two words
        args.addAll(List.of("list", "-f", "json"));
        Result r = h.oscOk(admin, args.toArray(String[]::new));
        try {
            return JSON.readTree(r.stdout());
        } catch (Exception e) {
            throw new IllegalStateException("OSC " + kind + " list -f json: " + r.stdout(), e);
        }
    }

    /** Deletes both sides' objects of these base names with the reference client, ignoring failures. */
    void deleteQuietly(String kind, String... bases) {
        List<String> names = new ArrayList<>();
        for (String base : bases) {
            for (String side : BOTH) {
                names.add(name(side, base));
            }
        }
        deleteNamesQuietly(kind, names);
    }

    private void deleteNamesQuietly(String kind, List<String> names) {
        try {
            List<String> args = new ArrayList<>(List.of(kind.split(" ")));
            args.add("delete");
            args.addAll(names);
            // OSC deletes what exists and reports the rest; one process for all of them
            h.osc(admin, args.toArray(String[]::new));
        } catch (RuntimeException e) {
            System.err.println("clean-up of " + kind + " " + names + " failed: " + e);
        }
    }

    /** Objects an interrupted run left behind (older than three hours, so never a live run's). */
    void sweepStale() {
        long now = System.currentTimeMillis() / 1000;
        for (String kind : List.of("role", "user", "project", "project")) {
            List<String> stale = new ArrayList<>();
            for (JsonNode row : listJson(kind)) {
                String n = row.path("Name").asText();
                Matcher m = RUN_NAME.matcher(n);
                if (m.find() && now - Long.parseLong(m.group(1), 36) > STALE_SECONDS) {
                    stale.add(n);
                }
            }
            if (!stale.isEmpty()) {
                // projects twice: a parent can go only after its children
                deleteNamesQuietly(kind, stale);
            }
        }
    }
}
