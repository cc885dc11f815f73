package dev.jos.session.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clouds.yaml that does not parse is reported as PyYAML reports it, naming the file (texts taken from OSC). */
class YamlErrorTest {
    @TempDir
    Path dir;

    private String error(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("clouds.yaml"), yaml);
        return assertThrows(ConfigException.class, () -> new ConfigFileReader().readFirst(List.of(file))).getMessage();
    }

    @Test
    void aParserErrorNamesTheFileWithContextAndProblem() throws Exception {
        Path f = dir.resolve("clouds.yaml");
        assertEquals("while parsing a flow mapping\n"
                + "  in \"" + f + "\", line 3, column 11\n"
                + "expected ',' or '}', but got '<stream end>'\n"
                + "  in \"" + f + "\", line 5, column 1",
                error("clouds:\n  lab:\n    auth: {\n    region_name: x\n"));
    }

    @Test
    void aScannerErrorNamesTheFile() throws Exception {
        assertEquals("mapping values are not allowed here\n"
                + "  in \"" + dir.resolve("clouds.yaml") + "\", line 3, column 12",
                error("clouds:\n  lab:\n    auth: a: b\n"));
    }
}
