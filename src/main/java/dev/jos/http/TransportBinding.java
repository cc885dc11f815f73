package dev.jos.http;

import java.util.Objects;
import java.util.Optional;

/**
 * Makes a {@link Transport} the one openstack4j uses on this thread:
 * {@code try (var b = TransportBinding.bind(transport)) { ...openstack4j calls... }}.
 *
 * <p>Why a ThreadLocal, the one piece of static mutable state in jos: openstack4j instantiates
 * its {@code HttpExecutorService} itself through ServiceLoader and keeps that single instance in a
 * static field, so no constructor or setter can hand it the current invocation's Transport. Its
 * own sessions ({@code OSClientSession}) are per thread too, so binding per thread follows its
 * model, and in-process invocations on different threads (tests) stay apart.
 *
 * <p>javac's -Xlint:try flags the unused resource variable; {@code @SuppressWarnings("try")} on
 * the calling method is the intended answer.
 */
public final class TransportBinding implements AutoCloseable {
    private static final ThreadLocal<TransportBinding> CURRENT = new ThreadLocal<>();

    private final Transport transport;
    private final String service;
    private final TransportBinding previous;
    private final Thread thread;
    private ApiResponse lastResponse;
    private boolean rawReplies;
    private String lastUrl;
    private boolean closed;

    private TransportBinding(Transport transport, String service, TransportBinding previous) {
        this.transport = transport;
        this.service = service;
        this.previous = previous;
        this.thread = Thread.currentThread();
    }

    /** Binds the transport to the calling thread until the returned binding is closed. */
    public static TransportBinding bind(Transport transport) {
        return bind(transport, null);
    }

    /** Binds the transport for calls to one service, whose tag (e.g. "compute") names it in --debug and --record. */
    public static TransportBinding bind(Transport transport, String service) {
        Objects.requireNonNull(transport, "transport");
        TransportBinding binding = new TransportBinding(transport, service, CURRENT.get());
        CURRENT.set(binding);
        return binding;
    }

    /**
     * The caller renders the raw reply ({@link #lastResponse()}) and never reads openstack4j's
     * model: the connector then hands openstack4j an empty model instead of mapping the body
     * with its ObjectMapper (~50 ms of a compute command's start-up, for a result thrown away).
     */
    public TransportBinding rawRepliesOnly() {
        rawReplies = true;
        return this;
    }

    /** Whether the binding on this thread asked for raw replies only. */
    static boolean skipsModels() {
        TransportBinding b = CURRENT.get();
        return b != null && b.rawReplies;
    }

    /** The transport bound to the calling thread, if any. */
    public static Optional<Transport> current() {
        TransportBinding b = CURRENT.get();
        return b == null ? Optional.empty() : Optional.of(b.transport);
    }

    /** The service tag of the binding on this thread, if any. */
    static Optional<String> currentService() {
        TransportBinding b = CURRENT.get();
        return b == null ? Optional.empty() : Optional.ofNullable(b.service);
    }

    /** The connector hands every response it got on this thread to the binding. */
    static void responded(ApiRequest request, ApiResponse response) {
        TransportBinding b = CURRENT.get();
        if (b != null) {
            b.lastResponse = response;
            b.lastUrl = request.url();
        }
    }

    /**
     * The last response openstack4j received through this binding: what jos renders from,
     * since openstack4j's models drop keys OSC shows. Null before the first exchange.
     */
    public ApiResponse lastResponse() {
        return lastResponse;
    }

    /** The URL of the request that {@link #lastResponse()} answered. */
    public String lastUrl() {
        return lastUrl;
    }

    /** Restores whatever was bound before (bindings nest). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException("a transport binding must be closed on the thread that made it");
        }
        closed = true;
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
