package dev.jos.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openstack4j.api.OSClient.OSClientV3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.http.Urls;
import dev.jos.session.CommandException;
import dev.jos.session.Openstack4jCalls;
import dev.jos.session.Openstack4jCalls.Reply;
import dev.jos.session.SdkErrors;
import dev.jos.session.SdkFind;

/** {@link NetworkApi} through openstack4j's networking service, rendered from the raw replies. */
public final class Openstack4jNetworkApi implements NetworkApi {
    private final Openstack4jCalls calls;

    public Openstack4jNetworkApi(Openstack4jCalls calls) {
        this.calls = calls;
    }

    @Override
    public ObjectNode findNetwork(String nameOrId) {
        return find("Network", "network", "networks", nameOrId,
                id -> os -> os.networking().network().get(id),
                name -> os -> os.networking().network().list(Map.of("name", name)));
    }

    @Override
    public ObjectNode findSecurityGroup(String nameOrId) {
        return find("SecurityGroup", "security_group", "security_groups", nameOrId,
                id -> os -> os.networking().securitygroup().get(id),
                name -> os -> os.networking().securitygroup().list(Map.of("name", name)));
    }

    @Override
    public ObjectNode findPort(String nameOrId) {
        return find("Port", "port", "ports", nameOrId,
                id -> os -> os.networking().port().get(id),
                name -> os -> os.networking().port().list(
                        org.openstack4j.model.network.options.PortListOptions.create().name(name)));
    }

    private ObjectNode find(String resource, String key, String listKey, String nameOrId,
                            Function<String, Function<OSClientV3, ?>> get, Function<String, Function<OSClientV3, ?>> list) {
        ObjectNode found = SdkFind.find(resource, nameOrId,
                id -> object(calls.call(Map.of(), SdkErrors::fromResponse, get.apply(Urls.segment(id))), key),
                () -> objects(calls.call(Map.of(), SdkErrors::fromResponse, list.apply(nameOrId)), listKey));
        if (found == null) {
            throw SdkFind.notFound(resource, nameOrId);
        }
        return found;
    }

    private static ObjectNode object(Reply r, String key) {
        JsonNode n = r.json() == null ? null : r.json().get(key);
        if (n == null || !n.isObject()) {
            throw new CommandException("Invalid response from " + r.url() + ": no '" + key + "' object");
        }
        return (ObjectNode) n;
    }

    private static List<ObjectNode> objects(Reply r, String key) {
        JsonNode list = r.json() == null ? null : r.json().get(key);
        if (list == null || !list.isArray()) {
            throw new CommandException("Invalid response from " + r.url() + ": no '" + key + "' list");
        }
        List<ObjectNode> out = new ArrayList<>();
        list.forEach(n -> out.add((ObjectNode) n));
        return out;
    }
}
