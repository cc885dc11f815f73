package dev.jos.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.UnaryOperator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OSProfiler's trace headers, as keystoneauth adds them to every request when OSC runs with
 * {@code --os-profile KEY}: {@code X-Trace-Info} is the url-safe base64 of
 * {@code {"base_id": ID, "parent_id": ID}} (Python's json.dumps spacing) and {@code X-Trace-HMAC}
 * its HMAC-SHA1 under the key, so services whose {@code [profiler] hmac_keys} hold the key record
 * their part of the run under one trace id. One trace per run; no span of its own, so the
 * parent is the base, as in OSC.
 */
public final class OsProfilerHeaders implements UnaryOperator<ApiRequest> {
    public static final String TRACE_INFO = "X-Trace-Info";
    public static final String TRACE_HMAC = "X-Trace-HMAC";

    private final String traceId;
    private final String info;
    private final String hmac;

    public OsProfilerHeaders(String hmacKey) {
        this(hmacKey, UUID.randomUUID().toString());
    }

    OsProfilerHeaders(String hmacKey, String traceId) {
        this.traceId = traceId;
        String json = "{\"base_id\": \"" + traceId + "\", \"parent_id\": \"" + traceId + "\"}";
        this.info = Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        this.hmac = hmacSha1(hmacKey, info);
    }

    private static String hmacSha1(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    public String traceId() {
        return traceId;
    }

    /** osprofiler's shorten_id: the low 64 bits of the uuid, for OpenTracing-based drivers. */
    public long shortId() {
        return UUID.fromString(traceId).getLeastSignificantBits();
    }

    /** The lines osc_lib logs (as warnings, on stderr) when the run ends. */
    public String closingLines() {
        return "Trace ID: " + traceId + "\n"
                + "Short trace ID for OpenTracing-based drivers: " + Long.toHexString(shortId()) + "\n"
                + "Display trace data with command:\n"
                + "osprofiler trace show --html " + traceId + " \n";
    }

    @Override
    public ApiRequest apply(ApiRequest request) {
        if (request.headers().contains(TRACE_INFO)) {
            return request;
        }
        return request.toBuilder().header(TRACE_HMAC, hmac).header(TRACE_INFO, info).build();
    }
}
