package dev.jos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output that cannot be written fails the run as in OSC, instead of exiting 0 silently. */
class OutputFailureTest {
    @TempDir
    Path home;

    private static OutputStream failing(String why) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(why);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(why);
            }
        };
    }

    private int run(OutputStream stdout, StringWriter err, String... args) {
        return Jos.run(args, new Context(Map.of(), new ReportingWriter(stdout), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]), home, home, () -> false));
    }

    @Test
    void aFullDiskIsPythonsOsErrorAndExit1() {
        StringWriter err = new StringWriter();
        assertEquals(1, run(failing("No space left on device"), err, "--version"));
        assertEquals("[Errno 28] No space left on device\n", err.toString());
    }

    @Test
    void aClosedPipeIsSilentAndExit141() {
        StringWriter err = new StringWriter();
        assertEquals(141, run(failing("Broken pipe"), err, "--help"));
        assertEquals("", err.toString());
    }

    @Test
    void outputThatWorksChangesNothing() {
        StringWriter err = new StringWriter();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertEquals(0, run(out, err, "--version"));
        assertEquals("", err.toString());
        assertEquals(true, out.toString().startsWith("jos "));
    }
}
