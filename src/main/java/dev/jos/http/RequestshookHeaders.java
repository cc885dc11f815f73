package dev.jos.http;

import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * requestshook's tracing headers, sent with --record so a cloud that runs requestshook logs
 * jos's calls under the ids jos recorded. As requestshook's own client hook does, each request
 * gets a new id (a uuid4 as 32 hex digits) and names who sent it.
 */
public final class RequestshookHeaders implements UnaryOperator<ApiRequest> {
    public static final String REQUEST_ID = "X-Requestshook-Request-Id";
    public static final String REQUEST_FROM = "X-Requestshook-Request-From";
    public static final String FROM_JOS = "jos";

    @Override
    public ApiRequest apply(ApiRequest request) {
        if (request.headers().contains(REQUEST_ID)) {
            return request; // a retry of a stamped request keeps its id
        }
        return request.toBuilder()
                .header(REQUEST_ID, UUID.randomUUID().toString().replace("-", ""))
                .header(REQUEST_FROM, FROM_JOS)
                .build();
    }
}
