package dev.jos.http;

import java.io.IOException;

/**
 * Builds the TLS context on first use: plain-http invocations (the common case against a lab)
 * then never pay for loading trust stores or key files.
 */
final class LazyTls {
    private final TlsSettings settings;
    private TlsContext context;

    LazyTls(TlsSettings settings) {
        this.settings = settings;
    }

    TlsSettings settings() {
        return settings;
    }

    synchronized TlsContext get() throws IOException {
        if (context == null) {
            context = TlsContext.create(settings);
        }
        return context;
    }
}
