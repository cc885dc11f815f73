package dev.jos.http;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Counts and digests the bytes of one body as they pass, and tells a progress observer the
 * running total, so a streamed body can be described and verified without being kept. One per
 * body per exchange; not thread-safe (a body flows on one thread).
 */
final class BodyMeter {
    private final Map<String, MessageDigest> digests = new LinkedHashMap<>();
    private final LongConsumer progress;
    private long count;
    private BodySummary summary;

    /**
     * The named algorithms, plus SHA-256 when {@code forListeners} (--debug and --record describe
     * a binary body by it; unwatched, it would halve the speed of a 1 GiB transfer); progress may be null.
     */
    BodyMeter(Collection<String> algorithms, LongConsumer progress, boolean forListeners) {
        if (forListeners) {
            digests.put(BodySummary.SHA256, BodySummary.newDigest(BodySummary.SHA256));
        }
        for (String a : algorithms) {
            digests.computeIfAbsent(a, BodySummary::newDigest);
        }
        this.progress = progress;
    }

    void update(byte[] b, int off, int len) {
        if (len <= 0) {
            return;
        }
        for (MessageDigest md : digests.values()) {
            md.update(b, off, len);
        }
        count += len;
        if (progress != null) {
            progress.accept(count);
        }
    }

    long count() {
        return count;
    }

    /** What passed so far; the digests are finished on the first call, so call it at the end. */
    BodySummary summary() {
        if (summary == null) {
            summary = new BodySummary(count, BodySummary.hex(digests));
        }
        return summary;
    }

    /** Meters what is written through it; closing it closes {@code out}. */
    OutputStream wrap(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len); // FilterOutputStream's own would write byte by byte
                update(b, off, len);
            }
        };
    }

    /** Meters what is read through it; closing it closes {@code in}. */
    InputStream wrap(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n > 0) {
                    update(b, off, n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                // skipped bytes must still be digested and counted
                byte[] buf = new byte[(int) Math.min(Math.max(n, 0), 8192)];
                int read = buf.length == 0 ? 0 : read(buf, 0, buf.length);
                return Math.max(read, 0);
            }

            @Override
            public boolean markSupported() {
                return false;
            }
        };
    }
}
