package dev.jos.session;

import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.compute.ComputeApi;
import dev.jos.compute.Openstack4jComputeApi;
import dev.jos.identity.IdentityApi;
import dev.jos.image.ImageApi;
import dev.jos.image.Openstack4jImageApi;
import dev.jos.network.NetworkApi;
import dev.jos.network.Openstack4jNetworkApi;
import dev.jos.json.Json;
import dev.jos.identity.RestIdentityApi;

/** The real services of one invocation, over its {@link CloudSession}; each built on first use. */
public final class CloudApis implements ServiceApis {
    private final Supplier<CloudSession> sessionFactory;
    private CloudSession session;
    private IdentityApi identity;
    private ComputeApi compute;
    private ImageApi image;
    private NetworkApi network;

    public CloudApis(Supplier<CloudSession> sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    private synchronized CloudSession session() {
        if (session == null) {
            session = sessionFactory.get();
        }
        return session;
    }

    @Override
    public synchronized IdentityApi identity() {
        if (identity == null) {
            CloudSession s = session();
            identity = new RestIdentityApi(s.client("identity"), s::token);
        }
        return identity;
    }

    @Override
    public synchronized ComputeApi compute() {
        if (compute == null) {
            CloudSession s = session();
            String requested = s.config().apiVersions().get("compute");
            compute = new Openstack4jComputeApi(new Openstack4jCalls(s, "compute", endpoints(s)),
                    new Microversion.Negotiator(requested, () -> s.discovered("compute", () -> computeRange(s))));
        }
        return compute;
    }

    @Override
    public synchronized ImageApi image() {
        if (image == null) {
            CloudSession s = session();
            image = new Openstack4jImageApi(new Openstack4jCalls(s, "image", endpoints(s)));
        }
        return image;
    }

    @Override
    public synchronized NetworkApi network() {
        if (network == null) {
            CloudSession s = session();
            network = new Openstack4jNetworkApi(new Openstack4jCalls(s, "network", endpoints(s)));
        }
        return network;
    }

    @Override
    public void requireService(String serviceType) {
        session().endpoint(serviceType);
    }

    @Override
    public dev.jos.output.Munch sdkLocation() {
        CloudSession s = session();
        dev.jos.session.config.CloudConfig c = s.config();
        dev.jos.output.Munch project = new dev.jos.output.Munch();
        project.put("id", s.token().projectId());
        project.put("name", c.projectName().orElse(null));
        project.put("domain_id", c.projectDomainId().orElse(null));
        project.put("domain_name", c.projectDomainName().orElse(null));
        dev.jos.output.Munch location = new dev.jos.output.Munch();
        location.put("cloud", c.cloudName());
        location.put("region_name", c.regionName().orElse(""));
        location.put("zone", null);
        location.put("project", project);
        return location;
    }

    /**
     * The base URL openstack4j gets for each service: the catalog's, with the API version found
     * by discovery for the services whose catalog URL usually has none (glance v2, neutron v2.0).
     */
    static java.util.function.Function<String, String> endpoints(CloudSession s) {
        return type -> switch (type) {
            case "image", "network" -> s.versionedEndpoint(type, 2);
            default -> s.endpoint(type);
        };
    }

    /** keystoneauth's discovery of the compute endpoint: its microversion range (null when it tells none). */
    private static JsonNode computeRange(CloudSession s) {
        JsonNode doc = s.discoveryDocument(s.endpoint("compute"));
        JsonNode v = doc == null ? null : doc.get("version");
        if (v == null || !v.isObject()) {
            return null;
        }
        ObjectNode range = Json.object();
        range.put("min", v.path("min_version").asText(""));
        range.put("max", v.path("version").asText(""));
        return range;
    }

}
