package dev.jos.http;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Objects;

/**
 * One HTTP response, fully read: status, reason phrase, headers and body (empty, never null, when
 * the server sent none). Error statuses are responses too; only transport failures throw.
 * Immutable.
 *
 * <p>When the request body was a file or stream, {@link #sentBody()} tells its length and
 * digests; when the response body went to a {@link ResponseSink} or was handed over as a stream,
 * the body here is empty and {@link #receivedBody()} tells what passed.
 */
public final class ApiResponse {
    private final int status;
    private final String reason;
    private final Headers headers;
    private final byte[] body;
    private final BodySummary sentBody;
    private final BodySummary receivedBody;

    /** A response; the body array is copied (null means none). */
    public ApiResponse(int status, String reason, Headers headers, byte[] body) {
        this(body == null ? null : body.clone(), status, reason, headers, null, null);
    }

    /** Takes the array as it is: the engines hand over what they just read, uncopied. */
    private ApiResponse(byte[] ownedBody, int status, String reason, Headers headers, BodySummary sentBody,
                        BodySummary receivedBody) {
        this.status = status;
        this.reason = reason == null ? "" : reason;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = ownedBody == null ? new byte[0] : ownedBody;
        this.sentBody = sentBody;
        this.receivedBody = receivedBody;
    }

    static ApiResponse owning(int status, String reason, Headers headers, byte[] body) {
        return new ApiResponse(body, status, reason, headers, null, null);
    }

    /** This response with what was sent (null: an in-memory body nobody metered). */
    ApiResponse withSentBody(BodySummary sent) {
        return new ApiResponse(body, status, reason, headers, sent, receivedBody);
    }

    /** This response, whose body was streamed elsewhere: the body here is empty. */
    ApiResponse withReceivedBody(BodySummary received) {
        return new ApiResponse(new byte[0], status, reason, headers, sentBody, received);
    }

    /**
     * Length and digests of the request body as it was sent, when it was a file or stream or
     * asked for digests or progress ({@link RequestBody#withDigests}); else null.
     */
    public BodySummary sentBody() {
        return sentBody;
    }

    /**
     * Length and SHA-256 (and asked-for digests) of a response body that was streamed to a sink
     * or handed over, not held; null when the body is here.
     */
    public BodySummary receivedBody() {
        return receivedBody;
    }

    /** True when the body went elsewhere (a sink, a handed-over stream) and {@link #body()} is empty. */
    public boolean bodyStreamed() {
        return receivedBody != null;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Headers headers() {
        return headers;
    }

    /** A copy of the body. */
    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    /** The body without copying, for this package only. */
    byte[] bodyBytes() {
        return body;
    }

    /** The body decoded with the charset of its Content-Type, else UTF-8. */
    public String bodyText() {
        return new String(body, charset(headers.first("Content-Type"), StandardCharsets.UTF_8));
    }

    public String contentType() {
        return headers.first("Content-Type");
    }

    /**
     * The request id the service assigned: x-openstack-request-id, else x-compute-request-id
     * (nova sends both; older services only the latter), as keystoneauth looks them up.
     */
    public String requestId() {
        String id = headers.first("x-openstack-request-id");
        return id != null ? id : headers.first("x-compute-request-id");
    }

    @Override
    public String toString() {
        return status + " " + reason;
    }

    /** The charset parameter of a Content-Type value, or the fallback. */
    static Charset charset(String contentType, Charset fallback) {
        if (contentType == null) {
            return fallback;
        }
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).replace("\"", "").trim();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return fallback;
                }
            }
        }
        return fallback;
    }
}
