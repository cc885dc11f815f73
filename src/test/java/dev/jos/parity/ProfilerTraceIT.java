package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jos.trace.TraceProfilerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real `jos server create --wait` with --os-profile on the lab (which bin/test and CI start
 * with OS_LAB_PROFILER=1), its trace read back with `osprofiler trace show --json`, and
 * `jos trace diagram --profile`: the course's instance-creation flow must be in the diagram,
 * step by step, from the client through nova-api, conductor, scheduler, placement, compute,
 * glance and neutron.
 */
class ProfilerTraceIT {
    private static final Path RC = Lab.LAB_DIR.resolve("profiler-rc.sh");
    private static final Pattern TRACE_ID = Pattern.compile("(?m)^Trace ID: ([0-9a-f-]{36})$");

    @TempDir
    Path dir;

    @BeforeAll
    static void lab() {
        Lab.require();
        if (!Files.isRegularFile(RC)) {
            fail("the lab runs without OSProfiler (no " + RC + "): start it with OS_LAB_PROFILER=1 lab/up.sh, as bin/test does");
        }
    }

    private Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>(Lab.adminRc());
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", dir.resolve("home").toString());
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.put("LANG", "C.UTF-8");
        env.putAll(Lab.daemonEnv());
        return env;
    }

    private Cli.Result jos(String... args) {
        Cli.Result r = Cli.run("jos", Lab.josCommand(), List.of(args), env(), dir, Duration.ofMinutes(5));
        assertEquals(0, r.exit(), r.describe() + "\n" + r.stdout() + r.stderr());
        return r;
    }

    @Test
    void serverCreateShowsTheServicesBehindTheApi() throws Exception {
        Map<String, String> profiler = OpenRc.read(RC);
        String key = profiler.get("OS_LAB_PROFILER_KEY");
        String connection = profiler.get("OS_LAB_PROFILER_CONNECTION");
        String name = "jos-osprof-" + UUID.randomUUID().toString().substring(0, 8);
        Path rec = dir.resolve("create.jsonl");
        try {
            Cli.Result created = jos("--no-token-cache", "--record", rec.toString(), "--os-profile", key, "server", "create",
                    "--flavor", "mini", "--image", "lab-image", "--network", "internal", "--wait", name,
                    "-f", "value", "-c", "status");
            assertEquals("ACTIVE", created.stdout().strip());
            Matcher m = TRACE_ID.matcher(created.stderr() + created.stdout());
            assertTrue(m.find(), "no Trace ID line:\n" + created.stderr());
            String traceId = m.group(1);
            assertTrue(!Files.readString(rec).contains(key), "the HMAC key stays out of the recording");

            Cli.Result shown = Cli.run("osprofiler", List.of("/usr/bin/osprofiler"),
                    List.of("trace", "show", "--json", traceId, "--connection-string", connection),
                    Map.of("PATH", "/usr/bin:/bin", "LANG", "C.UTF-8"), dir, Duration.ofMinutes(2));
            assertEquals(0, shown.exit(), shown.describe() + "\n" + shown.stderr());
            Path trace = dir.resolve("trace.json");
            Files.writeString(trace, shown.stdout());

            String diagram = jos("trace", "diagram", rec.toString(), "--profile", trace.toString()).stdout();
            // whether the scheduler's or compute's RPC was a cast or a call depends on timing here;
            // the flow is checked with both drawn alike
            TraceProfilerTest.assertInOrder(callsAlike(diagram), callsAlike(TraceProfilerTest.CREATE_FLOW));
            Cli.Result list = jos("trace", "list", rec.toString(), "--profile", trace.toString(), "-f", "value", "-c", "From", "-c", "To");
            for (String hop : List.of("nova-api nova-conductor", "nova-conductor nova-scheduler", "nova-scheduler placement-api",
                    "nova-conductor nova-compute", "nova-compute neutron-server", "nova-api glance-api")) {
                assertTrue(list.stdout().contains(hop + "\n"), hop + " in\n" + list.stdout());
            }
        } finally {
            Cli.run("jos", Lab.josCommand(), List.of("server", "delete", "--wait", name), env(), dir, Duration.ofMinutes(3));
        }
    }

    private static String callsAlike(String text) {
        return text.replace("-)", "->>").replace("RPC cast ", "RPC call ");
    }

    private static List<String> callsAlike(List<String> lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(l -> out.add(callsAlike(l)));
        return out;
    }
}
