package dev.jos.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `jos trace --profile` over a `server create --wait` recorded on the lab with --os-profile
 * (src/test/resources/trace/profiler/server-create.jsonl) and its OSProfiler trace as
 * `osprofiler trace show --json` printed it (server-create.trace.json: the spans that lead to
 * no other service pruned, function arguments dropped, to keep it small). Re-make the golden
 * with -Dtrace.golden.update=true and review the diff.
 */
public class TraceProfilerTest {
    private static final Path GOLDEN = Path.of("src/test/resources/trace/golden");

    /**
     * The course's instance-creation flow: each step, in this order, somewhere in the diagram
     * (nova-api checks the token at the command's first compute request; keystonemiddleware
     * caches it for the POST). Also what ProfilerTraceIT checks on the lab, so only steps whose
     * order does not depend on timing (the 202 may come before or after the cast it started).
     */
    public static final List<String> CREATE_FLOW = List.of(
            "jos->>keystone: POST /v3/auth/tokens",
            "nova_api->>keystone: GET /v3/auth/tokens",
            "jos->>nova_api: POST /v2.1/servers",
            "nova_api->>glance_api: GET /v2/images/{image_id}",
            "nova_api->>neutron_server: GET /v2.0/",
            "nova_api-)nova_conductor: RPC cast schedule_and_build_instances",
            "nova_conductor->>nova_scheduler: RPC call select_destinations",
            "nova_scheduler->>placement_api: GET /allocation_candidates",
            "nova_scheduler->>placement_api: PUT /allocations/{server_id}",
            "nova_scheduler-->>nova_conductor: RPC reply select_destinations",
            "nova_conductor-)nova_compute: RPC cast build_and_run_instance",
            "nova_compute->>neutron_server: POST /v2.0/ports",
            "nova_compute->>neutron_server: PUT /v2.0/ports/{port_id}",
            "jos->>nova_api: GET /v2.1/servers/{server_id}");

    @TempDir
    Path dir;
    Path recording;
    Path trace;

    @BeforeEach
    void copy() throws IOException {
        recording = resource("server-create.jsonl");
        trace = resource("server-create.trace.json");
    }

    private Path resource(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = TraceProfilerTest.class.getResourceAsStream("/trace/profiler/" + name)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    private String ok(String... args) {
        TraceCli.Result r = TraceCli.run(dir, args);
        assertEquals("", r.err(), "stderr of " + String.join(" ", args));
        assertEquals(0, r.exit(), "exit of " + String.join(" ", args));
        return r.out();
    }

    private static void golden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("trace.golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden " + name);
    }

    /** Each expected line starts a line of the text, in this order. */
    public static void assertInOrder(String text, List<String> expected) {
        List<String> lines = text.lines().map(String::strip).toList();
        int at = 0;
        for (String want : expected) {
            int found = -1;
            for (int i = at; i < lines.size(); i++) {
                if (lines.get(i).startsWith(want)) {
                    found = i;
                    break;
                }
            }
            assertTrue(found >= 0, "not found after line " + at + ": " + want + "\n" + text);
            at = found + 1;
        }
    }

    @Test
    void mergedDiagramShowsTheServicesCallsInTimeOrder() throws IOException {
        String text = ok("trace", "diagram", "server-create.jsonl", "--profile", "server-create.trace.json");
        golden("profiler-server-create.mmd", text);
        assertInOrder(text.replace("jos->>keystone: POST /v3/auth/tokens\n", ""), CREATE_FLOW.subList(1, CREATE_FLOW.size()));
        // nova's daemons are drawn in the Compute box with nova-api
        assertInOrder(text, List.of("box rgb(227,242,253) Compute", "participant nova_api as nova-api",
                "participant nova_conductor as nova-conductor", "participant nova_scheduler as nova-scheduler",
                "participant nova_compute as nova-compute", "end"));
        // a call during an exchange is drawn between its request and its response
        assertInOrder(text, List.of("jos->>nova_api: POST /v2.1/servers", "nova_api->>glance_api: GET /v2/images/{image_id}",
                "glance_api-->>nova_api: /v2/images/{image_id} (", "nova_api-->>jos: 202 Accepted /v2.1/servers"));
        // the recorded exchanges are all still there, in the same order
        String plain = ok("trace", "diagram", "server-create.jsonl");
        List<String> client = plain.lines().filter(l -> l.contains("jos->>") || l.contains("-->>jos")).toList();
        assertEquals(36, client.size());
        assertEquals(client, text.lines().filter(l -> l.contains("jos->>") || l.contains("-->>jos")).toList());
        assertFalse(plain.contains("nova_conductor"), "without --profile the diagram is the recording's only");
    }

    @Test
    void splitPartsNumberEveryArrowOnce() {
        Path parts = dir.resolve("parts");
        ok("trace", "diagram", "server-create.jsonl", "--profile", "server-create.trace.json", "--split", "40", "-o", parts.toString());
        String whole = ok("trace", "diagram", "server-create.jsonl", "--profile", "server-create.trace.json");
        long arrows = whole.lines().filter(l -> l.matches("\\s+\\w+(->>|-->>|-\\)|--x)\\w+: .*")).count();
        try (var files = Files.list(parts)) {
            List<Path> sorted = files.sorted().toList();
            assertEquals((arrows + 39) / 40, sorted.size());
            int next = 1;
            for (Path p : sorted) {
                String part = Files.readString(p);
                assertTrue(part.contains("autonumber " + next + "\n"), p + " starts at " + next);
                next += (int) part.lines().filter(l -> l.matches("\\s+\\w+(->>|-->>|-\\)|--x)\\w+: .*")).count();
            }
            assertEquals(arrows + 1, next);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void plantUmlAndHtmlShowTheCallsToo() {
        String puml = ok("trace", "diagram", "server-create.jsonl", "--profile", "server-create.trace.json", "--format", "plantuml");
        assertInOrder(puml, List.of("participant \"nova-conductor\" as nova_conductor",
                "nova_api ->> nova_conductor : RPC cast schedule_and_build_instances",
                "nova_conductor -> nova_scheduler : RPC call select_destinations",
                "nova_scheduler -> placement_api : GET /allocation_candidates",
                "placement_api --> nova_scheduler : /allocation_candidates (", "@enduml"));
        String html = ok("trace", "diagram", "server-create.jsonl", "--profile", "server-create.trace.json", "--format", "html");
        assertTrue(html.contains(">nova-scheduler<"), "the SVG names nova-scheduler");
        assertTrue(html.contains("select_destinations"), "the SVG shows the RPC");
        // the request/response list is the recording's, one entry per exchange
        assertEquals(18, html.split("<details id=\"x", -1).length - 1);
    }

    @Test
    void listHasARowPerCallBetweenServices() throws IOException {
        String csv = ok("trace", "list", "server-create.jsonl", "--profile", "server-create.trace.json", "-f", "csv",
                "-c", "From", "-c", "To", "-c", "Method", "-c", "Path");
        assertInOrder(csv, List.of("\"From\",\"To\",\"Method\",\"Path\"",
                "\"jos\",\"nova-api\",\"POST\",\"/v2.1/servers\"",
                "\"nova-api\",\"glance-api\",\"GET\",\"/v2/images/",
                "\"nova-api\",\"nova-conductor\",\"RPC\",\"/schedule_and_build_instances\"",
                "\"nova-conductor\",\"nova-scheduler\",\"RPC\",\"/select_destinations\"",
                "\"nova-scheduler\",\"placement-api\",\"GET\",\"/allocation_candidates?",
                "\"nova-conductor\",\"nova-compute\",\"RPC\",\"/build_and_run_instance\""));
        golden("profiler-server-create-list.csv", csv);
    }

    @Test
    void badTracesAreOneLineErrors() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not json\n");
        TraceCli.Result r = TraceCli.run(dir, "trace", "diagram", "server-create.jsonl", "--profile", "notes.txt");
        assertEquals(1, r.exit());
        assertEquals("notes.txt: not an OSProfiler trace (the JSON `osprofiler trace show --json ID` prints)\n", r.err());
        Files.writeString(dir.resolve("other.json"), "{\"name\": \"x\"}");
        r = TraceCli.run(dir, "trace", "list", "server-create.jsonl", "--profile", "other.json");
        assertEquals(1, r.exit());
        assertEquals("other.json: not an OSProfiler trace (the JSON `osprofiler trace show --json ID` prints)\n", r.err());
        r = TraceCli.run(dir, "trace", "diagram", "server-create.jsonl", "--profile", "missing.json");
        assertEquals(1, r.exit());
        assertEquals("No such file: missing.json\n", r.err());
        Files.writeString(dir.resolve("empty.json"), "{\"info\": {\"name\": \"total\"}, \"children\": []}");
        r = TraceCli.run(dir, "trace", "diagram", "server-create.jsonl", "--profile", "empty.json");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("empty.json: the OSProfiler trace has no spans"), r.err());
    }

    @Test
    void aTraceOfAnotherRunIsAWarningAndTheDiagramIsTheRecordings() throws IOException {
        String other = Files.readString(trace).replace("a6213934-7483-4138-aa89-1f8c0f7cbb8d", "00000000-0000-4000-8000-000000000000");
        Files.writeString(dir.resolve("other.json"), other);
        TraceCli.Result r = TraceCli.run(dir, "trace", "diagram", "server-create.jsonl", "--profile", "other.json");
        assertEquals(0, r.exit());
        assertEquals("other.json: trace 00000000-0000-4000-8000-000000000000 is not in server-create.jsonl"
                + " (record the command with --os-profile KEY and --record); not merged\n", r.err());
        assertEquals(ok("trace", "diagram", "server-create.jsonl"), r.out());
    }

    @Test
    void serviceNamesAreTheRecordingsDaemonNames() {
        assertEquals("nova-api", ProfilerTrace.participant("nova", "osapi_compute"));
        assertEquals("nova-conductor", ProfilerTrace.participant("nova", "nova-conductor"));
        assertEquals("glance-api", ProfilerTrace.participant("glance", "api"));
        assertEquals("keystone", ProfilerTrace.participant("keystone", "public"));
        assertEquals("placement-api", ProfilerTrace.participant("placement", "placement"));
        assertEquals("neutron-server", ProfilerTrace.participant("neutron", "neutron-server"));
        assertEquals("cinder-api", ProfilerTrace.participant("cinder", "api"));
        assertEquals("Compute", Participants.group("nova-scheduler", "jos"));
        assertEquals("Network", Participants.group("neutron-server", "jos"));
    }

    @Test
    void theTraceIdComesFromKeystoneauthsHeader() {
        // base64 of {"base_id": "b", "parent_id": "p"}, as X-Trace-Info carries it
        assertEquals("b", ProfileMerge.baseId("eyJiYXNlX2lkIjogImIiLCAicGFyZW50X2lkIjogInAifQ=="));
        assertEquals(null, ProfileMerge.baseId("not base64!"));
        assertEquals(null, ProfileMerge.baseId(null));
    }
}
