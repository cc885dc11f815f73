package dev.jos.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The one way jos talks HTTP: every exchange of an invocation goes through {@link #send}, and
 * every finished exchange is handed to the listeners (--debug, --timing, --record). One instance
 * per invocation; nothing is shared between instances except the JDK's connection cache.
 *
 * <p>Which client, by measurement (this machine, 2 cores, JDK 17,
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto}, wall time of a whole JVM
 * doing one request to the lab on 127.0.0.1, five runs each):
 * <pre>
 *   empty main                                  80-125 ms
 *   HttpURLConnection GET                      116-167 ms  (+~35 ms)
 *   HttpURLConnection 2 GETs                   124-130 ms
 *   JDK HttpClient GET                         731-804 ms  (+~650 ms)
 *   JDK HttpClient PATCH                       753-805 ms
 *   JDK HttpClient PATCH, no default SSLContext 557-645 ms
 *   HttpURLConnection PATCH (method field set)   ~60 ms for the request itself
 *   HttpURLConnection.setRequestMethod("PATCH") throws ProtocolException
 * </pre>
 * So HttpURLConnection carries everything ({@link UrlConnectionEngine}); PATCH, which keystone
 * and glance updates need, goes through it too with {@link MethodOverride}, instead of the
 * JDK HttpClient, whose start-up would more than double the run time of every set command.
 */
public final class Transport {
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final TlsSettings tls;
    private final String userAgent;
    private final List<ExchangeListener> listeners;
    private final Clock clock;
    private final java.util.function.UnaryOperator<ApiRequest> stamp;
    private final java.util.function.Function<Runnable, Runnable> onCancel;
    private final HttpEngine urlConnection;

    private Transport(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.tls = b.tls;
        this.userAgent = b.userAgent;
        this.listeners = List.copyOf(b.listeners);
        this.clock = b.clock;
        this.stamp = b.stamp;
        this.onCancel = b.onCancel;
        LazyTls lazyTls = new LazyTls(tls);
        this.urlConnection = new UrlConnectionEngine(connectTimeout, readTimeout, lazyTls);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends the request and reads the whole response. Error statuses are returned, not thrown.
     * The User-Agent is added unless the request sets its own. A file or stream body
     * ({@link RequestBody}) is streamed; what went out is in {@link ApiResponse#sentBody()}.
     *
     * @throws IOException when no response could be had: refused, timed out, TLS failure...
     */
    public ApiResponse send(ApiRequest request) throws IOException {
        return wholeAfterAll(start(request));
    }

    /**
     * Sends the request and streams a successful response body (2xx other than 204) into the
     * sink, holding none of it: the response returned has an empty body and its
     * {@link ApiResponse#receivedBody() receivedBody} tells the length and SHA-256 (and the
     * asked-for digests). Other statuses are read whole and returned as {@link #send} does,
     * without touching the sink, so callers check the status as usual.
     *
     * @param progress told the bytes received so far, or null
     * @param digests  more digests of the body to compute ("MD5"), besides SHA-256
     * @throws IOException when the exchange failed or the sink could not take the body; the sink
     *                     was then aborted
     */
    public ApiResponse download(ApiRequest request, ResponseSink sink, LongConsumer progress, String... digests)
            throws IOException {
        Objects.requireNonNull(sink, "sink");
        BodyMeter received = new BodyMeter(List.of(digests), progress, !listeners.isEmpty());
        Started s = start(request);
        if (!streamable(s.open)) {
            return wholeAfterAll(s);
        }
        OutputStream out = null;
        // cancelled from another thread (the warm process's Ctrl-C; the JVM lives on): the sink is
        // aborted at once (no half file stays), and the connection dropped on a thread of its own,
        // since HttpURLConnection's close waits for the blocked read it should end
        Runnable unregister = onCancel.apply(() -> {
            sink.abort();
            Thread drop = new Thread(s.open::abandon, "jos-cancelled-download");
            drop.setDaemon(true);
            drop.start();
        });
        try {
            out = sink.open();
            try (InputStream in = received.wrap(s.open.body())) {
                UrlConnectionEngine.copy(in, out);
            }
            OutputStream done = out;
            out = null;
            done.close();
            sink.commit();
        } catch (IOException | RuntimeException e) {
            s.open.abandon();
            closeQuietly(out);
            sink.abort();
            if (e instanceof IOException io) {
                throw s.failed(io);
            }
            throw e;
        } finally {
            unregister.run();
        }
        return s.succeeded(s.head(null).withReceivedBody(received.summary()));
    }

    /** {@link #download(ApiRequest, ResponseSink, LongConsumer, String...)} without progress or extra digests. */
    public ApiResponse download(ApiRequest request, ResponseSink sink) throws IOException {
        return download(request, sink, null);
    }

    /**
     * Sends the request and hands the successful response body (2xx other than 204) over open:
     * the caller reads {@link ResponseStream#body()} and closes it. The listeners hear of the
     * exchange when the body ends. Other statuses arrive read whole, as from {@link #send}.
     */
    public ResponseStream open(ApiRequest request) throws IOException {
        Started s = start(request);
        if (!streamable(s.open)) {
            return new ResponseStream(wholeAfterAll(s));
        }
        BodyMeter received = new BodyMeter(List.of(), null, !listeners.isEmpty());
        ApiResponse head = s.head(null);
        return new ResponseStream(head, s.open, received, (summary, error) -> {
            if (error != null) {
                s.failed(error);
            } else {
                s.succeeded(head.withReceivedBody(summary));
            }
        });
    }

    /** Only a success with content goes to a sink; errors are small JSON that messages are made of. */
    private static boolean streamable(OpenResponse open) {
        int status = open.status();
        return status >= 200 && status < 300 && status != 204 && !open.alreadyRead();
    }

    /** Reads the rest of the response whole (every response of send(); download()'s non-2xx ones). */
    private ApiResponse wholeAfterAll(Started s) throws IOException {
        ApiResponse response;
        try {
            response = s.head(s.open.readAll());
        } catch (IOException e) {
            s.open.abandon();
            throw s.failed(e);
        }
        return s.succeeded(response);
    }

    /** Sends the request and reads status and headers; a failure is reported to the listeners. */
    private Started start(ApiRequest request) throws IOException {
        ApiRequest stamped = stamp.apply(request);
        ApiRequest sent = stamped.headers().contains("User-Agent")
                ? stamped
                : stamped.toBuilder().header("User-Agent", userAgent).build();
        RequestBody body = sent.requestBody();
        // bytes nobody watches need no meter: no digest work for every JSON call
        BodyMeter meter = body == null || body.plainBytes()
                ? null
                : new BodyMeter(body.digests(), body.progress(), !listeners.isEmpty());
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        Started s = new Started(sent, meter, start, t0);
        try {
            s.open = urlConnection.open(sent, meter);
        } catch (IOException e) {
            throw s.failed(e);
        }
        return s;
    }

    /** One exchange under way: reports its end to the listeners. */
    private final class Started {
        final ApiRequest request;
        final BodyMeter meter;
        final Instant start;
        final long t0;
        OpenResponse open;

        Started(ApiRequest request, BodyMeter meter, Instant start, long t0) {
            this.request = request;
            this.meter = meter;
            this.start = start;
            this.t0 = t0;
        }

        BodySummary sent() {
            return meter == null ? null : meter.summary();
        }

        /** The response so far, with the body given (null: empty) and what was sent. */
        ApiResponse head(byte[] body) {
            ApiResponse r = open.head(body);
            return meter == null ? r : r.withSentBody(sent());
        }

        IOException failed(IOException e) {
            notifyListeners(Exchange.failed(start, Duration.ofNanos(System.nanoTime() - t0), request, e, sent()));
            return e;
        }

        ApiResponse succeeded(ApiResponse response) {
            notifyListeners(Exchange.succeeded(start, Duration.ofNanos(System.nanoTime() - t0), request, response));
            return response;
        }
    }

    private static void closeQuietly(OutputStream out) {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            // the download failed already; that failure is the one to report
        }
    }

    private void notifyListeners(Exchange exchange) {
        for (ExchangeListener l : listeners) {
            l.onExchange(exchange);
        }
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public TlsSettings tls() {
        return tls;
    }

    public String userAgent() {
        return userAgent;
    }

    public List<ExchangeListener> listeners() {
        return listeners;
    }

    /** Settings for a {@link Transport}; defaults: no timeouts, JDK trust store, UA "jos". */
    public static final class Builder {
        private Duration connectTimeout = Duration.ZERO;
        private Duration readTimeout = Duration.ZERO;
        private TlsSettings tls = TlsSettings.defaults();
        private String userAgent = "jos";
        private final List<ExchangeListener> listeners = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private java.util.function.UnaryOperator<ApiRequest> stamp = java.util.function.UnaryOperator.identity();
        private java.util.function.Function<Runnable, Runnable> onCancel = action -> () -> { };

        private Builder() {
        }

        /** Applied to every request before it is sent (and recorded): --record's tracing headers. */
        /** Where a download registers what ends it when the command is cancelled (see dev.jos.Tty#onCancel). */
        public Builder onCancel(java.util.function.Function<Runnable, Runnable> registrar) {
            this.onCancel = Objects.requireNonNull(registrar, "registrar");
            return this;
        }

        public Builder requestStamp(java.util.function.UnaryOperator<ApiRequest> stamp) {
            this.stamp = Objects.requireNonNull(stamp, "stamp");
            return this;
        }

        /** Zero means wait forever, as OSC does without --timeout. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = checkTimeout(timeout);
            return this;
        }

        /** Longest silence while waiting for response bytes; zero means forever. */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = checkTimeout(timeout);
            return this;
        }

        /** Both timeouts at once, like OSC's --timeout (api_timeout). */
        public Builder timeout(Duration timeout) {
            return connectTimeout(timeout).readTimeout(timeout);
        }

        public Builder tls(TlsSettings settings) {
            this.tls = Objects.requireNonNull(settings, "tls");
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            return this;
        }

        public Builder listener(ExchangeListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        public Builder listeners(List<? extends ExchangeListener> more) {
            more.forEach(this::listener);
            return this;
        }

        /** The clock that stamps exchange start times; tests fix it. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Transport build() {
            return new Transport(this);
        }

        private static Duration checkTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("timeout out of range: " + timeout);
            }
            if (!timeout.isZero() && timeout.toMillis() == 0) {
                return Duration.ofMillis(1); // the JDK reads 0 ms as "forever"
            }
            return timeout;
        }
    }
}
