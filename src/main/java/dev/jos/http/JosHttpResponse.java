package dev.jos.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.openstack4j.api.exceptions.ClientResponseException;
import org.openstack4j.core.transport.ClientConstants;
import org.openstack4j.core.transport.ExecutionOptions;
import org.openstack4j.core.transport.HttpEntityHandler;
import org.openstack4j.core.transport.HttpResponse;
import org.openstack4j.core.transport.ObjectMapperSingleton;

/**
 * An {@link ApiResponse} as openstack4j expects responses: fully read, so close() is free, or,
 * for the downloads openstack4j reads itself, an open {@link ResponseStream} whose body
 * {@link #getInputStream()} hands over and close() ends.
 */
public final class JosHttpResponse implements HttpResponse {
    private final ApiResponse response;
    private final ResponseStream stream;

    public JosHttpResponse(ApiResponse response) {
        this.response = response;
        this.stream = null;
    }

    /** A response whose body openstack4j will read from the open stream. */
    public JosHttpResponse(ResponseStream stream) {
        this.response = stream.response();
        this.stream = stream;
    }

    /** The response; for a streamed one, with its received-body summary once the stream ended. */
    public ApiResponse unwrap() {
        return stream != null ? stream.response() : response;
    }

    @Override
    public <T> T getEntity(Class<T> returnType) {
        return getEntity(returnType, null);
    }

    /** Maps error statuses to openstack4j's exceptions and 404 to null/empty lists, like its connectors. */
    @Override
    public <T> T getEntity(Class<T> returnType, ExecutionOptions<T> options) {
        return HttpEntityHandler.handle(this, returnType, options, true);
    }

    /** Reads the body with openstack4j's mapper for the type, which unwraps @JsonRootName. */
    @Override
    public <T> T readEntity(Class<T> type) {
        byte[] body = response.bodyBytes();
        if (stream != null && stream.open()) {
            // an entity of a body asked for as a stream: only then is it read whole
            try (InputStream in = stream.body()) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new ClientResponseException(e.getMessage(), 0, e);
            }
        }
        if (body.length == 0) {
            return null;
        }
        if (TransportBinding.skipsModels()) {
            return emptyModel(type);
        }
        try {
            return ObjectMapperSingleton.getContext(type).readerFor(type).readValue(body);
        } catch (IOException e) {
            throw new ClientResponseException(e.getMessage(), 0, e);
        }
    }

    @Override
    public int getStatus() {
        return response.status();
    }

    @Override
    public String getContentType() {
        return header(ClientConstants.HEADER_CONTENT_TYPE);
    }

    @Override
    public String getStatusMessage() {
        return response.reason();
    }

    @Override
    public InputStream getInputStream() {
        return stream != null ? stream.body() : new ByteArrayInputStream(response.bodyBytes());
    }

    @Override
    public String header(String name) {
        return name == null ? null : response.headers().first(name);
    }

    /** First value per name; the map ignores case, as HTTP does. */
    @Override
    public Map<String, String> headers() {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, String> e : response.headers().entries()) {
            map.putIfAbsent(e.getKey(), e.getValue());
        }
        return map;
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close(); // unread rest: the connection is dropped, not reused
        }
        // else nothing to release: the transport read and closed the stream already
    }

    /** A model of the type made with its no-argument constructor (Jackson's models all have one). */
    private static <T> T emptyModel(Class<T> type) {
        try {
            java.lang.reflect.Constructor<T> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
