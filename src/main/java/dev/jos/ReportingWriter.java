package dev.jos;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A PrintWriter that remembers why writing failed. PrintWriter (and System.out) only keep a
 * flag, but OSC tells a full disk ("[Errno 28] ...", exit 1) from a closed pipe (exit 141,
 * silent), so jos needs the cause.
 */
public final class ReportingWriter extends PrintWriter {
    private final Recorder recorder;

    public ReportingWriter(OutputStream out) {
        this(new Recorder(out));
    }

    private ReportingWriter(Recorder recorder) {
        super(new OutputStreamWriter(recorder, StandardCharsets.UTF_8), false);
        this.recorder = recorder;
    }

    /** The first write or flush failure, if any. */
    public Optional<IOException> failure() {
        return Optional.ofNullable(recorder.failure);
    }

    private static final class Recorder extends FilterOutputStream {
        private volatile IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        private void remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
