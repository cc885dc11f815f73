package dev.jos.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import javax.net.ssl.HttpsURLConnection;

/**
 * Sends requests with {@link HttpURLConnection}: it starts in ~30 ms (the JDK HttpClient needs
 * ~650 ms, see {@link Transport}) and reuses connections through the JDK keep-alive cache as long
 * as every body is read to the end and its stream closed, which this class always does.
 */
final class UrlConnectionEngine implements HttpEngine {

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final LazyTls tls;

    UrlConnectionEngine(Duration connectTimeout, Duration readTimeout, LazyTls tls) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.tls = tls;
    }

    @Override
    public ApiResponse execute(ApiRequest request) throws IOException {
        if (request.hasBody() && (request.method().equals("GET") || request.method().equals("HEAD"))) {
            // HttpURLConnection would silently send such a request as POST
            throw new IllegalArgumentException(request.method() + " cannot carry a body here");
        }
        HttpURLConnection c = (HttpURLConnection) URI.create(request.url()).toURL().openConnection();
        boolean done = false;
        try {
            configure(c, request);
            byte[] body = request.bodyBytes();
            if (body != null) {
                // no fixed-length streaming mode: with it a 401 comes back without its body
                c.setDoOutput(true);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = c.getResponseCode();
            if (status < 0) {
                throw new IOException("invalid HTTP response from " + request.url());
            }
            byte[] data = readBody(c, status);
            ApiResponse response = ApiResponse.owning(status, c.getResponseMessage(), responseHeaders(c), data);
            done = true;
            return response;
        } finally {
            if (!done) {
                c.disconnect(); // a half-read connection must not go back to the keep-alive cache
            }
        }
    }

    private void configure(HttpURLConnection c, ApiRequest request) throws IOException {
        c.setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()));
        c.setReadTimeout(Math.toIntExact(readTimeout.toMillis()));
        c.setInstanceFollowRedirects(false); // keystoneauth hands redirects back to its caller too
        c.setUseCaches(false);
        if (c instanceof HttpsURLConnection https) {
            TlsContext ctx = tls.get();
            https.setSSLSocketFactory(ctx.socketFactory());
            if (!ctx.verifyHostname()) {
                https.setHostnameVerifier(ctx.acceptAnyHost());
            }
        }
        MethodOverride.set(c, request.method());
        Headers headers = request.headers();
        for (String name : headers.names()) {
            boolean first = true;
            for (String value : headers.all(name)) {
                if (first) {
                    c.setRequestProperty(name, value);
                    first = false;
                } else {
                    c.addRequestProperty(name, value);
                }
            }
        }
        if (!headers.contains("Accept")) {
            // the JDK's default Accept ("text/html, image/gif, ...") would be odd; python-requests sends */*
            c.setRequestProperty("Accept", "*/*");
        }
    }

    private static byte[] readBody(HttpURLConnection c, int status) throws IOException {
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        if (in == null) {
            return new byte[0];
        }
        byte[] data;
        try (in) {
            data = status >= 400 ? readWhatCameOf(in) : in.readAllBytes();
        }
        // HttpURLConnection hands back a body cut short by a closed connection as if it were
        // whole; python-requests raises instead, and so do we
        long expected = c.getContentLengthLong();
        if (status < 400 && expected >= 0 && data.length < expected && !"HEAD".equals(c.getRequestMethod())) {
            throw new IOException("response body truncated: got " + data.length + " of " + expected + " bytes");
        }
        return data;
    }

    /**
     * An error body up to where the connection broke: the status already says what happened
     * ("Service Unavailable (HTTP 503)", as python-requests reports it), a cut body must not hide it.
     */
    private static byte[] readWhatCameOf(InputStream in) {
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                got.write(buf, 0, n);
            }
        } catch (IOException e) {
            // keep what came
        }
        return got.toByteArray();
    }

    /** Fields by index: keeps their order, their spelling and repeated names, unlike getHeaderFields(). */
    private static Headers responseHeaders(HttpURLConnection c) {
        Headers.Builder b = Headers.builder();
        for (int i = 0; ; i++) {
            String value = c.getHeaderField(i);
            if (value == null) {
                break;
            }
            String name = c.getHeaderFieldKey(i);
            if (name != null) { // index 0 is the status line
                b.add(name, value);
            }
        }
        return b.build();
    }
}
