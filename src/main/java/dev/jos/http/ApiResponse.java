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
 */
public final class ApiResponse {
    private final int status;
    private final String reason;
    private final Headers headers;
    private final byte[] body;

    /** A response; the body array is copied (null means none). */
    public ApiResponse(int status, String reason, Headers headers, byte[] body) {
        this(body == null ? null : body.clone(), status, reason, headers);
    }

    /** Takes the array as it is: the engines hand over what they just read, uncopied. */
    private ApiResponse(byte[] ownedBody, int status, String reason, Headers headers) {
        this.status = status;
        this.reason = reason == null ? "" : reason;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = ownedBody == null ? new byte[0] : ownedBody;
    }

    static ApiResponse owning(int status, String reason, Headers headers, byte[] body) {
        return new ApiResponse(body, status, reason, headers);
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
