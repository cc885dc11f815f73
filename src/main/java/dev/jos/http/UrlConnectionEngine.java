package dev.jos.http;

import java.io.FilterInputStream;
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
 * as every body is read to the end and its stream closed, which the transport always does.
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
    public OpenResponse open(ApiRequest request, BodyMeter sentMeter) throws IOException {
        if (request.hasBody() && (request.method().equals("GET") || request.method().equals("HEAD"))) {
            // HttpURLConnection would silently send such a request as POST
            throw new IllegalArgumentException(request.method() + " cannot carry a body here");
        }
        HttpURLConnection c = (HttpURLConnection) URI.create(request.url()).toURL().openConnection();
        boolean handedOver = false;
        try {
            configure(c, request);
            RequestBody body = request.requestBody();
            if (body != null) {
                writeBody(c, body, sentMeter);
            }
            // in streaming mode the JDK drops the body of a 401 (it would have to resend to
            // authenticate): such a response comes with its status and headers only
            int status = c.getResponseCode();
            if (status < 0) {
                throw new IOException("invalid HTTP response from " + request.url());
            }
            String reason = c.getResponseMessage();
            Headers headers = responseHeaders(c);
            OpenResponse response;
            if (status >= 400) {
                // error bodies are small JSON that error messages are made of: read them now
                response = OpenResponse.read(status, reason, headers, readError(c));
            } else {
                response = OpenResponse.open(status, reason, headers, lengthChecked(c), c::disconnect);
            }
            handedOver = true;
            return response;
        } finally {
            if (!handedOver) {
                c.disconnect(); // a half-read connection must not go back to the keep-alive cache
            }
        }
    }

    /**
     * Bytes go out as they are; files and streams are streamed, with Content-Length when their
     * length is known, else chunked, so the JDK does not buffer them whole to count them.
     * In-memory bodies stay unstreamed: with a streaming mode a 401 comes back without its body.
     */
    private static void writeBody(HttpURLConnection c, RequestBody body, BodyMeter meter) throws IOException {
        c.setDoOutput(true);
        if (body.streamed()) {
            if (body.length() >= 0) {
                c.setFixedLengthStreamingMode(body.length());
            } else {
                c.setChunkedStreamingMode(BUFFER);
            }
        }
        byte[] bytes = body.inMemory();
        if (bytes != null && meter == null) {
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
            return;
        }
        try (InputStream in = body.open();
             OutputStream out = meter == null ? c.getOutputStream() : meter.wrap(c.getOutputStream())) {
            copy(in, out);
        }
    }

    static final int BUFFER = 64 * 1024;

    static long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            out.write(buf, 0, n);
            total += n;
        }
        return total;
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

    private static byte[] readError(HttpURLConnection c) throws IOException {
        InputStream in = c.getErrorStream();
        if (in == null) {
            return new byte[0]; // no body, or one the JDK dropped (see the 401 note above)
        }
        byte[] data;
        try (in) {
            data = readWhatCameOf(in);
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

    /** The body of a non-error response, which fails at its end when it came short. */
    private static InputStream lengthChecked(HttpURLConnection c) throws IOException {
        InputStream in = c.getInputStream();
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b < 0) {
                    checkLength(c, count);
                } else {
                    count++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n < 0) {
                    checkLength(c, count);
                } else {
                    count += n;
                }
                return n;
            }
        };
    }

    /**
     * HttpURLConnection hands back a body cut short by a closed connection as if it were whole;
     * python-requests raises instead, and so do we.
     */
    private static void checkLength(HttpURLConnection c, long got) throws IOException {
        long expected = c.getContentLengthLong();
        if (expected >= 0 && got < expected && !"HEAD".equals(c.getRequestMethod())) {
            throw new IOException("response body truncated: got " + got + " of " + expected + " bytes");
        }
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
