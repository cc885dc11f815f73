package dev.jos.http;

import java.time.Duration;
import java.time.Instant;

/** Canned exchanges for listener tests. */
final class Exchanges {
    private Exchanges() {
    }

    static Exchange ok(ApiRequest request) {
        return Exchange.succeeded(Instant.EPOCH, Duration.ofMillis(1), request, new ApiResponse(200, "OK", Headers.empty(), null));
    }
}
