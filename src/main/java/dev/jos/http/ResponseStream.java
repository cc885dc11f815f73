package dev.jos.http;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A response whose body is handed over open ({@link Transport#open}), for callers that read it
 * themselves, like openstack4j's image download. The exchange ends, and the listeners hear of
 * it, when the body has been read to its end or this is closed, whichever comes first; closing
 * early drops the connection. Error responses (and bodiless ones) arrive already read: their
 * body is in {@link #response()} and {@link #body()} reads the same bytes.
 */
public final class ResponseStream implements Closeable {
    /** Told once how the body ended: the bytes that passed, and the failure if reading failed. */
    interface Ending {
        void ended(BodySummary received, IOException error);
    }

    private final ApiResponse head;
    private final OpenResponse open;
    private final BodyMeter meter;
    private final Ending ending;
    private final InputStream body;
    private ApiResponse finished;

    /** An open body, metered as it is read. */
    ResponseStream(ApiResponse head, OpenResponse open, BodyMeter meter, Ending ending) {
        this.head = head;
        this.open = open;
        this.meter = meter;
        this.ending = ending;
        this.body = new Watched(meter.wrap(open.body()));
    }

    /** A response already read and reported. */
    ResponseStream(ApiResponse whole) {
        this.head = whole;
        this.open = null;
        this.meter = null;
        this.ending = null;
        this.body = new ByteArrayInputStream(whole.bodyBytes());
        this.finished = whole;
    }

    /**
     * Status and headers; the whole body when it arrived already read, else an empty body and,
     * once the stream ended, {@link ApiResponse#receivedBody()}.
     */
    public synchronized ApiResponse response() {
        return finished != null ? finished : head;
    }

    /** True while the body is still on the wire. */
    public synchronized boolean open() {
        return finished == null;
    }

    /** The body; reading it to the end or closing it ends the exchange. */
    public InputStream body() {
        return body;
    }

    @Override
    public void close() {
        end(null, false);
    }

    private synchronized void end(IOException error, boolean complete) {
        if (finished != null) {
            return;
        }
        if (complete) {
            try {
                open.close(); // read to the end: the connection may be reused
            } catch (IOException e) {
                open.abandon();
            }
        } else {
            open.abandon();
        }
        BodySummary received = meter.summary();
        finished = head.withReceivedBody(received);
        ending.ended(received, error);
    }

    /** Ends the exchange at the body's end, on a read failure, or on close. */
    private final class Watched extends java.io.FilterInputStream {
        Watched(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            synchronized (ResponseStream.this) {
                if (finished != null && open != null) {
                    return -1; // ended (closed) already: nothing more comes
                }
            }
            int n;
            try {
                n = in.read(b, off, len);
            } catch (IOException e) {
                end(e, false);
                throw e;
            }
            if (n < 0) {
                end(null, true);
            }
            return n;
        }

        @Override
        public void close() {
            ResponseStream.this.close();
        }
    }
}
