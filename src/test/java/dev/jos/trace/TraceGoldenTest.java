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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs of `jos trace` over a recording made on the lab (src/test/resources/trace/lab.jsonl:
 * user list with a fresh login, flavor list, project show, a 404 and its fallback, role list,
 * and a refused connection). To re-make the goldens after an intended change, run with
 * -Dtrace.golden.update=true and review the diff.
 */
class TraceGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/trace/golden");

    @TempDir
    Path dir;
    Path recording;

    @BeforeEach
    void copyRecording() throws IOException {
        recording = dir.resolve("lab.jsonl");
        try (InputStream in = TraceGoldenTest.class.getResourceAsStream("/trace/lab.jsonl")) {
            Files.copy(in, recording, StandardCopyOption.REPLACE_EXISTING);
        }
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
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden " + name);
    }

    private void assertPrivate(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
        }
    }

    @Test
    void listAsCsvAndSorted() throws IOException {
        golden("list.csv", ok("trace", "list", recording.toString(), "-f", "csv"));
        golden("list-by-status.txt", ok("trace", "list", recording.toString(), "-f", "value", "-c", "#", "-c", "Method",
                "-c", "Path", "-c", "Status", "--sort-column", "Status"));
        String table = ok("trace", "list", recording.toString(), "-c", "#", "-c", "To", "-c", "Status");
        assertTrue(table.contains("| 8 | keystone |      0 |"), table); // the refused login: no status
    }

    @Test
    void diagramWhole() throws IOException {
        String text = ok("trace", "diagram", recording.toString());
        golden("diagram.mmd", text);
        assertFalse(text.contains("82d1462d7c7642c490e5e551c104ad05/"), "ids are placeholders in arrows");
        assertTrue(text.contains("{project_id} = 82d1462d7c7642c490e5e551c104ad05"), "and the legend maps them back");
        assertTrue(text.contains("participant nova_api as nova-api"));
    }

    @Test
    void diagramSplitByCommandIntoADirectory() throws IOException {
        Path out = dir.resolve("parts");
        assertEquals("", ok("trace", "diagram", recording.toString(), "--split", "command", "-o", out.toString()));
        List<Path> parts;
        try (Stream<Path> s = Files.list(out)) {
            parts = s.sorted().toList();
        }
        assertEquals(6, parts.size(), parts.toString());
        for (Path p : parts) {
            assertPrivate(p);
            golden("split-command/" + p.getFileName(), Files.readString(p));
        }
        // arrows keep their numbers across parts
        assertTrue(Files.readString(parts.get(1)).contains("autonumber 5\n"));
    }

    @Test
    void diagramSplitByPhaseAndCount() throws IOException {
        golden("diagram-phase.mmd", ok("trace", "diagram", recording.toString(), "--split", "phase"));
        String byFour = ok("trace", "diagram", recording.toString(), "--split", "4");
        assertEquals(4, byFour.split("sequenceDiagram\n", -1).length - 1, byFour);
        assertTrue(byFour.contains("autonumber 13\n"));
    }

    @Test
    void exportRequestshook() throws IOException {
        Path out = dir.resolve("rh");
        assertEquals("", ok("trace", "export", recording.toString(), "--format", "requestshook", "-o", out.toString()));
        for (String f : List.of("requestshook.log", "diagram.md", "body.md")) {
            assertPrivate(out.resolve(f));
            golden("requestshook/" + f, Files.readString(out.resolve(f)));
        }
    }

    @Test
    void exportHar() throws IOException {
        String har = ok("trace", "export", recording.toString(), "--format", "har");
        golden("lab.har", har);
        HarAssert.valid(har, 8);
        Path file = dir.resolve("lab.har");
        assertEquals("", ok("trace", "export", recording.toString(), "--format", "har", "-o", file.toString()));
        assertPrivate(file);
        assertEquals(har, Files.readString(file));
    }
}
