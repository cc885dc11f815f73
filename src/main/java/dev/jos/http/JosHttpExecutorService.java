package dev.jos.http;

import java.io.IOException;
import java.time.Duration;
import org.openstack4j.api.exceptions.ConnectionException;
import org.openstack4j.core.transport.Config;
import org.openstack4j.core.transport.HttpExecutorService;
import org.openstack4j.core.transport.HttpRequest;
import org.openstack4j.core.transport.HttpResponse;

/**
 * openstack4j's connector, found by ServiceLoader (META-INF/services): sends every openstack4j
 * request through the {@link Transport} bound to the current thread ({@link TransportBinding}),
 * so --debug, --timing and --record see openstack4j's traffic too. Unbound, a plain Transport
 * honouring the request's Config timeouts is used.
 *
 * <p>No automatic re-authentication on 401 (openstack4j's other connectors do that): a jos
 * invocation authenticates once and a 401 is an answer to report.
 */
public final class JosHttpExecutorService implements HttpExecutorService {

    @Override
    public <R> HttpResponse execute(HttpRequest<R> request) {
        Transport transport = TransportBinding.current().orElseGet(() -> unboundTransport(request.getConfig()));
        try {
            ApiRequest sent = OpenStack4jRequests.toApiRequest(request);
            String service = TransportBinding.currentService().orElse(null);
            if (service != null) {
                sent = sent.toBuilder().service(service).build();
            }
            if (OpenStack4jRequests.wantsStream(request)) {
                // openstack4j reads such a body itself (image download): hand it over unread
                ResponseStream stream = transport.open(sent);
                TransportBinding.responded(sent, stream.response());
                return new JosHttpResponse(stream);
            }
            ApiResponse response = transport.send(sent);
            TransportBinding.responded(sent, response);
            return new JosHttpResponse(response);
        } catch (IOException e) {
            throw new ConnectionException(e.getMessage(), 0, e);
        }
    }

    private static Transport unboundTransport(Config config) {
        Transport.Builder b = Transport.builder();
        if (config != null) {
            b.connectTimeout(Duration.ofMillis(Math.max(0, config.getConnectTimeout())))
                    .readTimeout(Duration.ofMillis(Math.max(0, config.getReadTimeout())));
            if (config.isIgnoreSSLVerification()) {
                b.tls(TlsSettings.insecureSettings());
            }
        }
        return b.build();
    }

    @Override
    public String getExecutorDisplayName() {
        return "jos";
    }
}
