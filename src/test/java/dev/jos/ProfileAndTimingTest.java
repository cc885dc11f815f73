package dev.jos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jos.FakeCloud.Reply;
import dev.jos.FakeCloud.Run;

/** --os-profile and --timing as osc_lib's shell ends a run, over an in-process keystone. */
class ProfileAndTimingTest {
    @TempDir
    Path home;

    private static FakeCloud cloud() throws Exception {
        return new FakeCloud().respond(r -> r.target().startsWith("/v3/users") ? Reply.json(200, "{\"users\": []}") : null);
    }

    @Test
    void everyRequestCarriesOneTraceAndItsIdIsToldAtTheEnd() throws Exception {
        try (FakeCloud cloud = cloud()) {
            Run r = FakeCloud.run(cloud.env(), home, "--os-profile", "k", "user", "list");
            assertEquals(0, r.rc(), r.err());
            List<String> infos = cloud.requests.stream().map(q -> q.header("X-Trace-Info")).distinct().toList();
            assertEquals(1, infos.size(), "one trace for the login and the list: " + infos);
            assertNotNull(infos.get(0));
            assertTrue(cloud.requests.stream().allMatch(q -> q.header("X-Trace-HMAC") != null));
            assertTrue(r.err().matches("Trace ID: [0-9a-f-]{36}\nShort trace ID for OpenTracing-based drivers: [0-9a-f]+\n"
                    + "Display trace data with command:\nosprofiler trace show --html [0-9a-f-]{36} \n"), r.err());
        }
    }

    @Test
    void withoutAKeyNoTraceHeaders() throws Exception {
        try (FakeCloud cloud = cloud()) {
            Run r = FakeCloud.run(cloud.env(), home, "user", "list");
            assertEquals(0, r.rc(), r.err());
            assertNull(cloud.requests.get(0).header("X-Trace-Info"));
            assertEquals("", r.err());
        }
    }

    @Test
    void timingFollowsABlankLineAndIsCsvWhenTheCommandIsNotATable() throws Exception {
        try (FakeCloud cloud = cloud()) {
            Run value = FakeCloud.run(cloud.env(), home, "--timing", "user", "list", "-f", "value");
            assertEquals(0, value.rc(), value.err());
            assertTrue(value.out().startsWith("\n\"URL\",\"Seconds\"\n\"POST " + cloud.url("/v3/auth/tokens") + "\","), value.out());
            Run table = FakeCloud.run(cloud.env(), home, "--timing", "user", "list");
            // an empty table is cliff's one blank line, then clean_up's (as OSC 6.0 prints them)
            assertTrue(table.out().startsWith("\n\n+--") && table.out().contains("| URL "), table.out());
        }
    }
}
