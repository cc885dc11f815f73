package dev.jos.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A response whose status and headers have arrived and whose body is still to be read: the
 * transport either reads it whole, streams it to a sink or hands it over. Whoever holds it must
 * end with {@link #close()} after reading to the end, or {@link #abandon()}.
 */
final class OpenResponse {
    private final int status;
    private final String reason;
    private final Headers headers;
    private final InputStream body;
    private final Runnable disconnect;
    private final boolean read;

    private OpenResponse(int status, String reason, Headers headers, InputStream body, Runnable disconnect,
                         boolean read) {
        this.status = status;
        this.reason = reason;
        this.headers = headers;
        this.body = body;
        this.disconnect = disconnect;
        this.read = read;
    }

    /** A body still on the wire; disconnect drops the connection instead of reusing it. */
    static OpenResponse open(int status, String reason, Headers headers, InputStream body, Runnable disconnect) {
        return new OpenResponse(status, reason, headers, body, disconnect, false);
    }

    /** A body read whole already (error statuses): nothing left on the wire. */
    static OpenResponse read(int status, String reason, Headers headers, byte[] body) {
        return new OpenResponse(status, reason, headers, new ByteArrayInputStream(body), () -> { }, true);
    }

    int status() {
        return status;
    }

    /** True when the body was read whole by the engine, so it is small and in memory. */
    boolean alreadyRead() {
        return read;
    }

    /** The body; truncation (fewer bytes than Content-Length) shows as an IOException at its end. */
    InputStream body() {
        return body;
    }

    /** The response without a body yet. */
    ApiResponse head(byte[] bodyBytes) {
        return ApiResponse.owning(status, reason, headers, bodyBytes);
    }

    /** Reads the rest of the body and closes it, which lets the connection be reused. */
    byte[] readAll() throws IOException {
        try (InputStream in = body) {
            return in.readAllBytes();
        }
    }

    /** Ends a fully read body: the connection goes back to the keep-alive cache. */
    void close() throws IOException {
        body.close();
    }

    /** Ends a body that was not, or could not be, read to the end: the connection is dropped. */
    void abandon() {
        disconnect.run();
        try {
            body.close();
        } catch (IOException e) {
            // the connection is gone already; nothing more to release
        }
    }
}
