package dev.jos.session;

import java.util.function.Function;

import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.api.identity.EndpointURLResolver;
import org.openstack4j.api.types.Facing;
import org.openstack4j.core.transport.Config;
import org.openstack4j.model.identity.URLResolverParams;
import org.openstack4j.openstack.OSFactory;
import org.openstack4j.openstack.identity.v3.domain.KeystoneToken;

/**
 * openstack4j on top of jos's own login: an OSClientV3 made from the session's token (cached or
 * fresh), so openstack4j logs in no second time. Cheap on purpose: the token model carries only
 * the id (not the whole token body through openstack4j's ObjectMapper, which cost ~0.3 s), and
 * endpoints come from jos's own catalog lookup through an {@link EndpointURLResolver}, so the
 * interface, region and discovered versions are resolved exactly as for jos's other calls.
 * Its requests reach jos's transport through the connector (dev.jos.http.JosHttpExecutorService).
 */
public final class Openstack4jClients {
    private Openstack4jClients() {
    }

    /** @param endpoints the base URL openstack4j should use for a catalog service type */
    public static OSClientV3 from(AuthToken token, Function<String, String> endpoints) {
        KeystoneToken kt = new KeystoneToken();
        kt.setId(token.id());
        kt.setEndpoint(token.identityUrl());
        Config config = Config.newConfig().withEndpointURLResolver(new CatalogResolver(endpoints));
        return OSFactory.clientFromToken(kt, Facing.PUBLIC, config);
    }

    private record CatalogResolver(Function<String, String> endpoints) implements EndpointURLResolver {
        @Override
        public String findURLV2(URLResolverParams params) {
            return findURLV3(params);
        }

        @Override
        public String findURLV3(URLResolverParams params) {
            return endpoints.apply(params.type.getType());
        }
    }
}
