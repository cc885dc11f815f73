package dev.jos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.jos.cli.CommandEntry;
import dev.jos.cli.Commands;

class ManPageTest {

    @Test
    void theCommittedPageIsTheOneTheCommandsGenerate() throws Exception {
        String committed = Files.readString(Path.of("src/main/man/jos.1"));
        assertEquals(ManPage.generate(Commands.registry()), committed,
                "src/main/man/jos.1 is stale: java -cp \"target/jos.jar:target/lib/*\" dev.jos.ManPage src/main/man/jos.1");
    }

    @Test
    void everyCommandItsOptionsAndTheSectionsAreOnThePage() {
        String page = ManPage.generate(Commands.registry());
        for (CommandEntry e : Commands.registry().entries()) {
            assertTrue(page.contains(".SS \"jos " + e.name().replace("-", "\\-") + "\"\n"), e.name());
        }
        for (String s : new String[] {"NAME", "SYNOPSIS", "GLOBAL OPTIONS", "COMMANDS", "ENVIRONMENT", "FILES", "EXIT STATUS"}) {
            assertTrue(page.contains("\n.SH " + s + "\n"), s);
        }
        assertTrue(page.contains("\\fB\\-\\-password\\-prompt\\fR"), "user create --password-prompt");
        assertTrue(page.contains("\\fBOS_AUTH_URL\\fR"), "OS_AUTH_URL");
        assertTrue(page.contains("\\fBJOS_NO_TOKEN_CACHE\\fR"), "JOS_NO_TOKEN_CACHE");
        assertTrue(page.contains("clouds.yaml"));
        assertTrue(page.contains("\\fB130\\fR"));
    }

    @Test
    void roffControlCharactersAreEscaped() {
        assertEquals("\\&.hidden", ManPage.esc(".hidden"));
        assertEquals("a\\eb \\-\\-x", ManPage.esc("a\\b --x"));
    }
}
