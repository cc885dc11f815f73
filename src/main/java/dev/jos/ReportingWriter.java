package dev.jos;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A PrintWriter that remembers why writing failed and how much was offered. PrintWriter (and
 * System.out) only keep a flag, but OSC's reaction depends on the cause (a full disk, a closed
 * pipe) and on whether Python's stdout buffer had to pass the bytes on during the run.
 */
public final class ReportingWriter extends PrintWriter {
    private final Recorder recorder;
    private long offered;

    public ReportingWriter(OutputStream out) {
        this(new Recorder(out));
    }

    private ReportingWriter(Recorder recorder) {
        super(new OutputStreamWriter(recorder, StandardCharsets.UTF_8), false);
        this.recorder = recorder;
    }

    /** UTF-8 bytes of all text printed so far, written or not (as Python counts its pending output). */
    public long bytesOffered() {
        return offered;
    }

    @Override
    public void write(int c) {
        offered += utf8Length(String.valueOf((char) c));
        super.write(c);
    }

    @Override
    public void write(char[] buf, int off, int len) {
        offered += utf8Length(new String(buf, off, len));
        super.write(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
        offered += utf8Length(s.substring(off, off + len));
        super.write(s, off, len);
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
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
