package dev.jos.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Where {@link Transport#download} streams a successful response body. The transport calls
 * {@link #open()} once the status is known to be a success with a body, writes the body, closes
 * the stream and then calls {@link #commit()}; when anything fails it closes the stream and
 * calls {@link #abort()} instead. Error responses never reach the sink.
 */
public interface ResponseSink {
    OutputStream open() throws IOException;

    /** The whole body was written and its stream closed. */
    default void commit() throws IOException {
    }

    /** The body could not be had whole; undo what open() began. Must not throw. */
    default void abort() {
    }

    /**
     * Writes into a stream the caller owns (stdout, a buffer): flushed at the end, never closed.
     * Nothing can be taken back there, so a failed download may leave part of the body in it.
     */
    static ResponseSink to(OutputStream out) {
        Objects.requireNonNull(out, "out");
        return () -> new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len); // FilterOutputStream's own would write byte by byte
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /** Into a file, which appears whole or not at all: see {@link AtomicFileSink}. */
    static ResponseSink toFile(java.nio.file.Path target) {
        return new AtomicFileSink(target);
    }
}
