package dev.jos.http;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One finished HTTP exchange as the transport saw it: when it started, how long it took (until
 * the response body was read, or the failure), the request as sent and either the response or
 * the transport failure. When the request body was a file or stream (or was metered on request)
 * {@code sentBody} tells its length and SHA-256, since its bytes are gone; else it is null.
 */
public record Exchange(Instant start, Duration duration, ApiRequest request, ApiResponse response,
                       IOException error, BodySummary sentBody) {

    public Exchange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(request, "request");
        if ((response == null) == (error == null)) {
            throw new IllegalArgumentException("an exchange has either a response or an error");
        }
    }

    /** An exchange whose request body, if any, was in memory. */
    public Exchange(Instant start, Duration duration, ApiRequest request, ApiResponse response, IOException error) {
        this(start, duration, request, response, error, response == null ? null : response.sentBody());
    }

    public static Exchange succeeded(Instant start, Duration duration, ApiRequest request, ApiResponse response) {
        return new Exchange(start, duration, request, Objects.requireNonNull(response), null);
    }

    public static Exchange failed(Instant start, Duration duration, ApiRequest request, IOException error) {
        return new Exchange(start, duration, request, null, Objects.requireNonNull(error));
    }

    /** A failure after (part of) a streamed request body went out. */
    public static Exchange failed(Instant start, Duration duration, ApiRequest request, IOException error,
                                  BodySummary sentBody) {
        return new Exchange(start, duration, request, null, Objects.requireNonNull(error), sentBody);
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
