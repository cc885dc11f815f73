package dev.jos.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives one clear line (exit 1) or a warning and the valid rest; never a stack trace. */
class TraceInputTest {
    @TempDir
    Path dir;

    private String lab() throws IOException {
        try (InputStream in = TraceInputTest.class.getResourceAsStream("/trace/lab.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static void noStackTrace(TraceCli.Result r) {
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void emptyFileIsAOneLineError() throws IOException {
        for (String cmd : List.of("list", "diagram", "export")) {
            Path empty = write("empty.jsonl", "");
            TraceCli.Result r = cmd.equals("export")
                    ? TraceCli.run(dir, "trace", cmd, empty.toString(), "--format", "har")
                    : TraceCli.run(dir, "trace", cmd, empty.toString());
            assertEquals(1, r.exit(), cmd);
            assertEquals(empty + ": no exchanges recorded (empty file)\n", r.err(), cmd);
            assertEquals("", r.out(), cmd);
        }
    }

    @Test
    void aFileThatIsNotARecordingIsAOneLineError() throws IOException {
        Path notes = write("notes.txt", "# my notes\nsome text\n");
        TraceCli.Result r = TraceCli.run(dir, "trace", "diagram", notes.toString());
        assertEquals(1, r.exit());
        assertEquals(notes + ": not a jos --record file (line 1 is not an exchange: a JSON object with method and url)\n", r.err());
        Path json = write("other.json", "{\"users\": []}\n");
        assertEquals(1, TraceCli.run(dir, "trace", "list", json.toString()).exit());
        TraceCli.Result missing = TraceCli.run(dir, "trace", "list", dir.resolve("nope.jsonl").toString());
        assertEquals("No such file: " + dir.resolve("nope.jsonl") + "\n", missing.err());
        TraceCli.Result binary = TraceCli.run(dir, "trace", "list",
                Files.write(dir.resolve("x.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, 10}).toString());
        assertEquals(1, binary.exit());
        noStackTrace(binary);
    }

    @Test
    void aTruncatedLastLineIsSkippedWithAWarning() throws IOException {
        String lab = lab();
        String cut = lab.substring(0, lab.length() - 300); // an interrupted run: the last line half written
        Path file = write("cut.jsonl", cut);
        TraceCli.Result r = TraceCli.run(dir, "trace", "list", file.toString(), "-f", "value", "-c", "#");
        assertEquals(0, r.exit());
        assertEquals(file + ": line 8 is incomplete (an interrupted recording?); skipped\n", r.err());
        assertEquals("1\n2\n3\n4\n5\n6\n7\n", r.out());
        // the diagram warns once although it reads the file twice
        TraceCli.Result d = TraceCli.run(dir, "trace", "diagram", file.toString());
        assertEquals(0, d.exit());
        assertEquals(1, d.err().lines().count(), d.err());
    }

    @Test
    void aLineFromANewerJosIsReadWithAWarning() throws IOException {
        String first = lab().lines().findFirst().orElseThrow();
        String newer = first.replace("\"record_version\":\"1.2\"", "\"record_version\":\"2.0\",\"hologram\":{\"a\":[1]}");
        assertTrue(newer.contains("hologram"));
        Path file = write("newer.jsonl", newer + "\n" + newer + "\n");
        TraceCli.Result r = TraceCli.run(dir, "trace", "list", file.toString(), "-f", "value", "-c", "Method", "-c", "Status");
        assertEquals(0, r.exit());
        assertEquals(file + ": written by a newer jos (record version 2.0); reading the fields of version 1\n", r.err());
        assertEquals("POST 201\nPOST 201\n", r.out());
    }

    @Test
    void aBrokenLineInTheMiddleIsSkippedWithAWarning() throws IOException {
        List<String> lines = lab().lines().toList();
        Path file = write("mid.jsonl", lines.get(0) + "\nnot json\n" + lines.get(1) + "\n");
        TraceCli.Result r = TraceCli.run(dir, "trace", "list", file.toString(), "-f", "value", "-c", "#");
        assertEquals(file + ": line 2 is not an exchange; skipped\n", r.err());
        assertEquals("1\n2\n", r.out());
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        Path file = write("lab.jsonl", lab());
        TraceCli.Result r = TraceCli.run(dir, "trace", "diagram", file.toString(), "--split", "banana");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("argument --split: invalid choice: 'banana'"), r.err());
        TraceCli.Result f = TraceCli.run(dir, "trace", "export", file.toString(), "--format", "pcap");
        assertEquals(2, f.exit());
        TraceCli.Result noDir = TraceCli.run(dir, "trace", "export", file.toString(), "--format", "requestshook");
        assertEquals(2, noDir.exit());
        assertTrue(noDir.err().contains("a directory is required"), noDir.err());
    }

    @Test
    void placeholdersAreNamedFromTheirCollection() {
        Placeholders p = new Placeholders();
        java.util.Map<String, String> used = new java.util.LinkedHashMap<>();
        assertEquals("/v2.1/servers/{server_id}/os-interface/{interface_id}", p.shorten(
                "/v2.1/servers/6dc2e525-a218-4814-9dc5-4cfcf2332268/os-interface/0b1c2d3e-1111-2222-3333-444455556666", used::put));
        assertEquals("/v3/policies/{policy_id}", p.shorten("/v3/policies/67b814b10c624269b605ea8c571decdc", used::put));
        assertEquals("/v2.1/servers/{server_id_2}", p.shorten("/v2.1/servers/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", used::put));
        assertEquals("/v2.1/servers/{server_id}", p.shorten("/v2.1/servers/6dc2e525-a218-4814-9dc5-4cfcf2332268", used::put));
        assertEquals("/v3/users/nosuchuser", p.shorten("/v3/users/nosuchuser", used::put));
        assertEquals("/v2/images/{image_id}/file", p.shorten("/v2/images/da9259d0-b57f-4230-a2cf-e5bc6cedf19e/file", used::put));
        assertEquals("6dc2e525-a218-4814-9dc5-4cfcf2332268", used.get("{server_id}"));
    }

    @Test
    void argvSecretsNeverReachAnyOutput() throws IOException {
        Path file = write("lab.jsonl", lab());
        assertTrue(lab().contains("\"--os-password\",\"***\""));
        for (String[] args : List.of(new String[] {"list"}, new String[] {"diagram"}, new String[] {"export", "--format", "har"})) {
            String[] full = new String[args.length + 2];
            full[0] = "trace";
            full[1] = args[0];
            full[2] = file.toString();
            System.arraycopy(args, 1, full, 3, args.length - 1);
            String out = TraceCli.run(dir, full).out();
            assertTrue(out.contains("--os-password ***") || out.contains("--os-password\\\",\\\"***") || out.contains("***"), out);
            assertFalse(out.contains("gAAAA"), "no fernet token");
        }
    }
}
