package dev.jos.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * One HTTP request as jos means to send it: method, absolute URL (query included, already
 * encoded), headers, an optional body and an optional service tag (e.g. {@code keystone} or
 * {@code identity}) that --debug and --record use to name the service. Immutable.
 *
 * <p>The body is a {@link RequestBody}: bytes for JSON, or a file or stream that is sent as it is
 * read ({@link Builder#body(RequestBody)}).
 */
public final class ApiRequest {
    private final String method;
    private final String url;
    private final Headers headers;
    private final RequestBody body;
    private final String service;

    private ApiRequest(Builder b) {
        this.method = b.method;
        this.url = b.url;
        this.headers = b.headers.build();
        this.body = b.body;
        this.service = b.service;
    }

    public static Builder builder(String method, String url) {
        return new Builder(method, url);
    }

    public static ApiRequest get(String url) {
        return builder("GET", url).build();
    }

    public String method() {
        return method;
    }

    public String url() {
        return url;
    }

    public Headers headers() {
        return headers;
    }

    /**
     * A copy of the body, or null when the request has none.
     *
     * @throws IllegalStateException when the body is a file or stream: it is not held in memory
     */
    public byte[] body() {
        byte[] bytes = bodyBytes();
        return bytes == null ? null : bytes.clone();
    }

    public boolean hasBody() {
        return body != null;
    }

    /** The body as given, or null when the request has none. */
    public RequestBody requestBody() {
        return body;
    }

    /**
     * The length of an in-memory body, 0 without one.
     *
     * @throws IllegalStateException when the body is a file or stream: see {@link RequestBody#length()}
     */
    public int bodyLength() {
        byte[] bytes = bodyBytes();
        return bytes == null ? 0 : bytes.length;
    }

    /** The in-memory body without copying, for the engines and listeners of this package only. */
    byte[] bodyBytes() {
        if (body == null) {
            return null;
        }
        if (body.streamed()) {
            throw new IllegalStateException("the body of " + this + " is a " + body.kind() + ", not held in memory");
        }
        return body.inMemory();
    }

    /** The service tag, or null when the caller did not say. */
    public String service() {
        return service;
    }

    public Builder toBuilder() {
        Builder b = new Builder(method, url);
        b.headers = headers.toBuilder();
        b.body = body;
        b.service = service;
        return b;
    }

    @Override
    public String toString() {
        return method + " " + url;
    }

    /** Collects the parts of a request. */
    public static final class Builder {
        private final String method;
        private final String url;
        private Headers.Builder headers = Headers.builder();
        private RequestBody body;
        private String service;

        private Builder(String method, String url) {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(url, "url");
            if (method.isEmpty() || !method.chars().allMatch(c -> c > ' ' && c < 127)) {
                throw new IllegalArgumentException("invalid method: " + method);
            }
            URI uri = URI.create(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
            }
            this.method = method.toUpperCase(Locale.ROOT);
            this.url = url;
        }

        public Builder header(String name, String value) {
            headers.add(name, value);
            return this;
        }

        public Builder headers(Headers more) {
            more.entries().forEach(e -> headers.add(e.getKey(), e.getValue()));
            return this;
        }

        /** The body; the array is copied so later changes by the caller do not leak in. */
        public Builder body(byte[] bytes) {
            this.body = bytes == null ? null : RequestBody.bytes(bytes, null);
            return this;
        }

        /**
         * The body, e.g. {@code RequestBody.file(path, "application/octet-stream")}; its content
         * type becomes the Content-Type header unless one is set already.
         */
        public Builder body(RequestBody body) {
            this.body = body;
            if (body != null && body.contentType() != null && !headers.build().contains("Content-Type")) {
                header("Content-Type", body.contentType());
            }
            return this;
        }

        /** A UTF-8 text body and its content type. */
        public Builder body(String text, String contentType) {
            body(text.getBytes(StandardCharsets.UTF_8));
            return header("Content-Type", contentType);
        }

        public Builder service(String tag) {
            this.service = tag;
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
