package dev.jos.session;

import java.io.IOException;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.openstack4j.api.OSClient.OSClientV3;

import com.fasterxml.jackson.databind.JsonNode;

import dev.jos.http.ApiRequest;
import dev.jos.http.ApiResponse;
import dev.jos.http.ServiceNames;
import dev.jos.http.TransportBinding;
import dev.jos.http.Urls;
import dev.jos.json.Json;

/**
 * Runs openstack4j calls for one invocation: on the calling thread, over the invocation's
 * transport (so --debug, --timing and --record see them), with the headers the call needs
 * (microversions), and hands back the raw response, because openstack4j's models drop keys
 * OSC shows. An error status becomes an {@link ApiException} worded by the given style; a
 * 401 on a cached token renews it once and repeats the call.
 */
public final class Openstack4jCalls {
    private final CloudSession session;
    private final String serviceType;
    private final Function<String, String> endpoints;
    private OSClientV3 client;

    /**
     * @param serviceType the catalog type of the service these calls are for (for {@link #rest})
     * @param endpoints   the base URL of each catalog service type, as openstack4j should use it
     */
    public Openstack4jCalls(CloudSession session, String serviceType, Function<String, String> endpoints) {
        this.session = session;
        this.serviceType = serviceType;
        this.endpoints = endpoints;
    }

    /** The raw reply of the last exchange the call made, and its parsed JSON body (null when empty). */
    public record Reply(ApiResponse response, JsonNode json, String url) {
    }

    /**
     * Runs {@code call}, which makes exactly one request through openstack4j, and returns its reply.
     *
     * @param errors how an error status is worded (openstacksdk's or keystoneauth's style)
     */
    @SuppressWarnings("try")
    public synchronized Reply call(Map<String, String> headers, BiFunction<ApiResponse, String, ApiException> errors,
                                   Function<OSClientV3, ?> call) {
        for (int attempt = 0; ; attempt++) {
            ApiResponse response;
            String url;
            try (TransportBinding binding = TransportBinding.bind(session.transport(), serviceType).rawRepliesOnly()) {
                OSClientV3 os = client();
                os.headers(headers);
                try {
                    call.apply(os);
                } catch (org.openstack4j.api.exceptions.ConnectionException e) {
                    throw new CommandException(e.getMessage(), e);
                } catch (RuntimeException e) {
                    // openstack4j throws for error statuses, and may trip over the empty model it
                    // is given for a reply (rawRepliesOnly): the raw reply below decides what the
                    // user is told, and a body that is not JSON is reported there
                    if (binding.lastResponse() == null) {
                        throw new CommandException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
                    }
                }
                response = binding.lastResponse();
                url = binding.lastUrl();
            }
            if (response == null) {
                throw new CommandException("No request was made");
            }
            Reply reply = settle(response, url, attempt, errors);
            if (reply != null) {
                return reply;
            }
        }
    }

    /** The reply to return, or null when a renewed token should repeat the call (once). */
    private Reply settle(ApiResponse response, String url, int attempt, BiFunction<ApiResponse, String, ApiException> errors) {
        if (response.status() == 401 && attempt == 0 && session.renewAfterUnauthorized()) {
            client = null;
            return null;
        }
        if (response.status() >= 400) {
            throw errors.apply(response, url);
        }
        return new Reply(response, json(response, url), url);
    }

    /**
     * One call openstack4j cannot make (a missing option or operation), through the same
     * transport with the same token and headers: {@code path} is already encoded (see Urls).
     */
    public synchronized Reply rest(String method, String path, Map<String, String> query, JsonNode body, Map<String, String> headers,
                      BiFunction<ApiResponse, String, ApiException> errors) {
        String url = Urls.join(endpoints.apply(serviceType), path) + Urls.query(query);
        for (int attempt = 0; ; attempt++) {
            ApiRequest.Builder request = ApiRequest.builder(method, url).service(ServiceNames.daemon(serviceType))
                    .header("Accept", "application/json").header("User-Agent", session.userAgent())
                    .header("X-Auth-Token", session.token().id());
            headers.forEach(request::header);
            if (body != null) {
                request.header("Content-Type", "application/json").body(Json.write(body));
            }
            Reply reply = settle(session.transportSend(request.build()), url, attempt, errors);
            if (reply != null) {
                return reply;
            }
        }
    }

    /**
     * One request with a streamed body (an image upload), which openstack4j would buffer whole, or
     * none (null) and no Accept header, as openstacksdk sends some:
     * through the same transport, token and error wording. A 401 on a cached token repeats it
     * once, unless the body is a stream that cannot be read again.
     */
    public synchronized Reply send(String method, String path, dev.jos.http.RequestBody body, Map<String, String> headers,
                                   BiFunction<ApiResponse, String, ApiException> errors) {
        String url = Urls.join(endpoints.apply(serviceType), path);
        for (int attempt = 0; ; attempt++) {
            ApiRequest.Builder request = ApiRequest.builder(method, url).service(ServiceNames.daemon(serviceType))
                    .header("User-Agent", session.userAgent()).header("X-Auth-Token", session.token().id());
            headers.forEach(request::header);
            if (body != null) {
                request.body(body);
            }
            int tries = body != null && body.kind() == dev.jos.http.RequestBody.Kind.STREAM ? 1 : attempt;
            Reply reply = settle(session.transportSend(request.build()), url, tries, errors);
            if (reply != null) {
                return reply;
            }
        }
    }

    /**
     * GET of a large body (an image download) streamed into the sink, never held whole; error
     * statuses never reach the sink and are worded as {@code errors} says.
     *
     * @param digests more digests of the body to compute ("MD5"), see {@link dev.jos.http.BodySummary}
     */
    public synchronized ApiResponse download(String path, dev.jos.http.ResponseSink sink,
                                             BiFunction<ApiResponse, String, ApiException> errors, String... digests) {
        String url = Urls.join(endpoints.apply(serviceType), path);
        for (int attempt = 0; ; attempt++) {
            ApiRequest request = ApiRequest.builder("GET", url).service(ServiceNames.daemon(serviceType))
                    .header("User-Agent", session.userAgent()).header("X-Auth-Token", session.token().id()).build();
            ApiResponse response;
            try {
                response = session.transport().download(request, sink, null, digests);
            } catch (IOException e) {
                throw new CommandException("Unable to establish connection to " + url + ": " + e.getMessage(), e);
            }
            if (response.status() == 401 && attempt == 0 && session.renewAfterUnauthorized()) {
                client = null;
                continue;
            }
            if (response.status() >= 400) {
                throw errors.apply(response, url);
            }
            return response;
        }
    }

    private OSClientV3 client() {
        // openstack4j's services take headers (microversions) from the thread's current session,
        // which is the client made last: once another service's client was made, make this one again
        if (client == null || org.openstack4j.openstack.internal.OSClientSession.getCurrent() != client) {
            client = Openstack4jClients.from(session.token(), endpoints);
        }
        return client;
    }

    private static JsonNode json(ApiResponse response, String url) {
        if (response.bodyLength() == 0) {
            return null;
        }
        try {
            return Json.parse(response.body());
        } catch (IOException e) {
            throw new CommandException("Invalid JSON in response from " + url + ": " + e.getMessage());
        }
    }
}
