package dev.jos.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
    private final HttpEngine urlConnection;

    private Transport(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.tls = b.tls;
        this.userAgent = b.userAgent;
        this.listeners = List.copyOf(b.listeners);
        this.clock = b.clock;
        LazyTls lazyTls = new LazyTls(tls);
        this.urlConnection = new UrlConnectionEngine(connectTimeout, readTimeout, lazyTls);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends the request and reads the whole response. Error statuses are returned, not thrown.
     * The User-Agent is added unless the request sets its own.
     *
     * @throws IOException when no response could be had: refused, timed out, TLS failure...
     */
    public ApiResponse send(ApiRequest request) throws IOException {
        ApiRequest sent = request.headers().contains("User-Agent")
                ? request
                : request.toBuilder().header("User-Agent", userAgent).build();
        HttpEngine engine = urlConnection;
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        ApiResponse response;
        try {
            response = engine.execute(sent);
        } catch (IOException e) {
            notifyListeners(Exchange.failed(start, Duration.ofNanos(System.nanoTime() - t0), sent, e));
            throw e;
        }
        notifyListeners(Exchange.succeeded(start, Duration.ofNanos(System.nanoTime() - t0), sent, response));
        return response;
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

        private Builder() {
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
