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

    private int run(Map<String, String> env, OutputStream stdout, StringWriter err, String... args) {
        return Jos.run(args, new Context(env, new ReportingWriter(stdout), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]), home, home, () -> false));
    }

    private static final Map<String, String> UNBUFFERED = Map.of("PYTHONUNBUFFERED", "1");
    private static final String IGNORED = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n";

    @Test
    void aShortOutputFailsAsPythonsFlushAtExit() {
        StringWriter err = new StringWriter();
        assertEquals(120, run(Map.of(), failing("No space left on device"), err, "--version"));
        assertEquals(IGNORED + "OSError: [Errno 28] No space left on device\n", err.toString());
        StringWriter pipe = new StringWriter();
        assertEquals(120, run(Map.of(), failing("Broken pipe"), pipe, "--version"));
        assertEquals(IGNORED + "BrokenPipeError: [Errno 32] Broken pipe\n", pipe.toString());
    }

    @Test
    void aLongOutputFailsInsideTheRunAsCliffReportsIt() {
        // --help is longer than Python's 8 KiB of pending output
        StringWriter err = new StringWriter();
        assertEquals(1, run(Map.of(), failing("No space left on device"), err, "--help"));
        assertEquals("[Errno 28] No space left on device\n", err.toString());
        StringWriter pipe = new StringWriter();
        assertEquals(141, run(Map.of(), failing("Broken pipe"), pipe, "--help"));
        assertEquals("", pipe.toString());
    }

    @Test
    void unbufferedPythonMeetsTheErrorAtOnce() {
        StringWriter err = new StringWriter();
        assertEquals(1, run(UNBUFFERED, failing("No space left on device"), err, "--version"));
        assertEquals("[Errno 28] No space left on device\n", err.toString());
        StringWriter pipe = new StringWriter();
        assertEquals(141, run(UNBUFFERED, failing("Broken pipe"), pipe, "--version"));
        assertEquals("", pipe.toString());
    }

    @Test
    void outputThatWorksChangesNothing() {
        StringWriter err = new StringWriter();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertEquals(0, run(Map.of(), out, err, "--version"));
        assertEquals("", err.toString());
        assertEquals(true, out.toString().startsWith("jos "));
    }
}
