package dev.jos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CompletionScriptTest {

    @Test
    void theCommittedScriptIsTheOneTheCommandsGenerate() throws Exception {
        String committed = Files.readString(Path.of("completions/jos.bash"));
        assertEquals(CompletionScript.bash(Commands.registry()), committed,
                "completions/jos.bash is stale: java -cp \"target/jos.jar:target/lib/*\" dev.jos.cli.CompletionScript > completions/jos.bash");
    }

    @Test
    void everyCommandAndItsOptionsAreInTheScript() {
        String script = CompletionScript.bash(Commands.registry());
        for (CommandEntry e : Commands.registry().entries()) {
            assertTrue(script.contains(e.words().get(e.words().size() - 1)), e.name());
        }
        assertTrue(script.contains("--os-cloud"));
        assertTrue(script.contains("--sort-column"));
        assertTrue(script.contains("--auth-project"));
    }
}
