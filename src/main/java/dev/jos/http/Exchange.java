package dev.jos.http;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One finished HTTP exchange as the transport saw it: when it started, how long it took (until
 * the response body was read, or the failure), the request as sent and either the response or
 * the transport failure.
 */
public record Exchange(Instant start, Duration duration, ApiRequest request, ApiResponse response,
                       IOException error) {

    public Exchange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(request, "request");
        if ((response == null) == (error == null)) {
            throw new IllegalArgumentException("an exchange has either a response or an error");
        }
    }

    public static Exchange succeeded(Instant start, Duration duration, ApiRequest request, ApiResponse response) {
        return new Exchange(start, duration, request, Objects.requireNonNull(response), null);
    }

    public static Exchange failed(Instant start, Duration duration, ApiRequest request, IOException error) {
        return new Exchange(start, duration, request, null, Objects.requireNonNull(error));
    }

    public boolean failed() {
        return error != null;
    }

    /** The request's service tag, or null. */
    public String service() {
        return request.service();
    }

    /** x-openstack-request-id or x-compute-request-id of the response, or null. */
    public String requestId() {
        return response == null ? null : response.requestId();
    }
}
