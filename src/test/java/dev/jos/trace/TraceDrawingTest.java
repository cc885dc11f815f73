package dev.jos.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** --format plantuml, svg (PlantUML's renderer, in-process) and html over the lab recording. */
class TraceDrawingTest {
    @TempDir
    Path dir;
    Path recording;

    @BeforeEach
    void copyRecording() throws IOException {
        recording = dir.resolve("lab.jsonl");
        try (InputStream in = TraceDrawingTest.class.getResourceAsStream("/trace/lab.jsonl")) {
            Files.copy(in, recording, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private String ok(String... args) {
        TraceCli.Result r = TraceCli.run(dir, args);
        assertEquals("", r.err());
        assertEquals(0, r.exit());
        return r.out();
    }

    @Test
    void plantUmlText() throws IOException {
        String text = ok("trace", "diagram", recording.toString(), "--format", "plantuml");
        Path golden = Path.of("src/test/resources/trace/golden/diagram.puml");
        if (Boolean.getBoolean("trace.golden.update")) {
            Files.writeString(golden, text);
        }
        assertEquals(Files.readString(golden), text);
    }

    @Test
    void svgParsesAsXmlAndNamesEveryParticipant() throws Exception {
        String svg = ok("trace", "diagram", recording.toString(), "--format", "svg");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null
                ? doc.getDocumentElement().getTagName() : doc.getDocumentElement().getLocalName());
        String text = doc.getDocumentElement().getTextContent();
        for (String participant : new String[] {"jos", "keystone", "nova-api"}) {
            assertTrue(text.contains(participant), participant + " is drawn");
        }
        assertTrue(text.contains("201 CREATED /v3/auth/tokens"));
        assertFalse(text.contains("Syntax Error"), "PlantUML drew the diagram, not its error page");
    }

    @Test
    void svgPartsIntoADirectory() throws Exception {
        Path out = dir.resolve("svg");
        ok("trace", "diagram", recording.toString(), "--format", "svg", "--split", "command", "-o", out.toString());
        for (int i = 1; i <= 6; i++) {
            Path part = out.resolve(String.format("part-%03d.svg", i));
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(part.toFile());
            if (Files.getFileStore(part).supportsFileAttributeView("posix")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(part)));
            }
        }
    }

    @Test
    void htmlIsOneOfflinePage() throws IOException {
        String html = ok("trace", "diagram", recording.toString(), "--format", "html");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg"), "the diagram inline");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing fetched from outside");
        assertEquals(8, html.split("<details id=\"x", -1).length - 1, "one collapsible entry per exchange");
        assertTrue(html.contains("  &quot;password&quot;: &quot;***&quot;"), "bodies pretty-printed, secrets masked");
        assertTrue(html.contains("java.net.ConnectException: Connection refused"));
    }
}
