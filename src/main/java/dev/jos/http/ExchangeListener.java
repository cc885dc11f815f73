package dev.jos.http;

/**
 * Told about every finished exchange of a {@link Transport}, in order, on the thread that sent
 * it. --debug, --timing and --record are listeners.
 */
@FunctionalInterface
public interface ExchangeListener {
    void onExchange(Exchange exchange);
}
