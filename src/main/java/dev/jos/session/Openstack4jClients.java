package dev.jos.session;

import java.io.IOException;

import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.api.types.Facing;
import org.openstack4j.core.transport.ObjectMapperSingleton;
import org.openstack4j.openstack.OSFactory;
import org.openstack4j.openstack.identity.v3.domain.KeystoneToken;

import dev.jos.json.Json;

/**
 * openstack4j on top of jos's own login: an OSClientV3 made from the session's token (cached
 * or fresh), so commands that use openstack4j's models log in no second time. Its requests
 * reach jos's transport through the connector (dev.jos.http.JosHttpExecutorService), so
 * --debug, --timing and --record see them too; run them inside a TransportBinding. Loaded only
 * by commands that use it: openstack4j costs start-up time the identity commands avoid.
 */
public final class Openstack4jClients {
    private Openstack4jClients() {
    }

    public static OSClientV3 from(AuthToken token, String iface, String region) {
        KeystoneToken kt;
        try {
            kt = ObjectMapperSingleton.getContext(KeystoneToken.class).readerFor(KeystoneToken.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.UNWRAP_ROOT_VALUE)
                    .readValue(Json.write(token.body()));
        } catch (IOException e) {
            throw new CommandException("The token cannot be read by openstack4j: " + e.getMessage(), e);
        }
        kt.setId(token.id());
        kt.setEndpoint(token.identityUrl());
        OSClientV3 client = OSFactory.clientFromToken(kt, facing(iface));
        return region == null || region.isEmpty() ? client : client.useRegion(region);
    }

    private static Facing facing(String iface) {
        return switch (iface) {
            case "internal" -> Facing.INTERNAL;
            case "admin" -> Facing.ADMIN;
            default -> Facing.PUBLIC;
        };
    }
}
