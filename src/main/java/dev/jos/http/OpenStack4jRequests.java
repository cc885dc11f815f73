package dev.jos.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.openstack4j.core.transport.ClientConstants;
import org.openstack4j.core.transport.HttpMethod;
import org.openstack4j.core.transport.HttpRequest;
import org.openstack4j.core.transport.ObjectMapperSingleton;

/** Turns an openstack4j request into an {@link ApiRequest}, as openstack4j's own connectors do. */
final class OpenStack4jRequests {
    private OpenStack4jRequests() {
    }

    static ApiRequest toApiRequest(HttpRequest<?> request) throws IOException {
        // getUrl() joins endpoint and path and appends the URL-encoded query parameters
        ApiRequest.Builder b;
        try {
            b = ApiRequest.builder(request.getMethod().name(), request.getUrl());
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid request URL: " + e.getMessage(), e);
        }
        boolean hasContentType = false;
        boolean hasAccept = false;
        if (request.hasHeaders()) {
            for (Map.Entry<String, Object> h : request.getHeaders().entrySet()) {
                if (h.getValue() == null || h.getKey().equalsIgnoreCase(ClientConstants.HEADER_OS4J_AUTH)) {
                    continue; // openstack4j's internal marker for its own auth calls, not meant for the wire
                }
                if (h.getKey().equalsIgnoreCase(ClientConstants.HEADER_USER_AGENT)) {
                    continue; // the transport sends jos's own User-Agent
                }
                b.header(h.getKey(), String.valueOf(h.getValue()));
                hasContentType |= h.getKey().equalsIgnoreCase(ClientConstants.HEADER_CONTENT_TYPE);
                hasAccept |= h.getKey().equalsIgnoreCase(ClientConstants.HEADER_ACCEPT);
            }
        }
        if (!hasAccept) {
            b.header(ClientConstants.HEADER_ACCEPT, ClientConstants.CONTENT_TYPE_JSON);
        }
        RequestBody body = body(request);
        if (body != null) {
            b.body(body);
            if (!hasContentType && request.getContentType() != null) {
                b.header(ClientConstants.HEADER_CONTENT_TYPE, request.getContentType());
            }
        }
        return b.build();
    }

    /**
     * True when openstack4j will read the response body itself, as a stream: its image downloads
     * ask for {@code Accept: application/octet-stream} and call getInputStream().
     */
    static boolean wantsStream(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET || !request.hasHeaders()) {
            return false;
        }
        for (Map.Entry<String, Object> h : request.getHeaders().entrySet()) {
            if (h.getKey().equalsIgnoreCase(ClientConstants.HEADER_ACCEPT) && h.getValue() != null
                    && String.valueOf(h.getValue()).toLowerCase(Locale.ROOT).startsWith("application/octet-stream")) {
                return true;
            }
        }
        return false;
    }

    private static RequestBody body(HttpRequest<?> request) throws IOException {
        Object entity = request.getEntity();
        if (entity instanceof InputStream in) {
            // a Payload (image upload): streamed as it is read, closed by the transport
            return RequestBody.stream(in, null);
        }
        if (entity != null) {
            // openstack4j's mapper for the entity class, which wraps it in its @JsonRootName
            return RequestBody.bytes(ObjectMapperSingleton.getContext(entity.getClass()).writer()
                    .writeValueAsBytes(entity), null);
        }
        if (request.hasJson()) {
            return RequestBody.bytes(request.getJson().getBytes(StandardCharsets.UTF_8), null);
        }
        return null;
    }
}
