package dev.jos.network;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.openstack4j.api.OSClient.OSClientV3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.http.Urls;
import dev.jos.json.Json;
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

    @Override
    public ObjectNode findRouter(String nameOrId) {
        // openstack4j's router list takes no filter: the SDK's list by name goes through the same transport
        ObjectNode found = SdkFind.find("Router", nameOrId,
                id -> object(calls.call(Map.of(), SdkErrors::fromResponse,
                        os -> os.networking().router().get(Urls.segment(id))), "router"),
                () -> objects(calls.rest("GET", "routers" + Urls.query(List.of(Map.entry("name", nameOrId))), Map.of(),
                        null, Map.of(), SdkErrors::fromResponse), "routers"));
        if (found == null) {
            throw SdkFind.notFound("Router", nameOrId);
        }
        return found;
    }

    @Override
    public List<ObjectNode> serverPorts(String serverId) {
        return objects(calls.call(Map.of(), SdkErrors::fromResponse, os -> os.networking().port().list(
                org.openstack4j.model.network.options.PortListOptions.create().deviceId(serverId))), "ports");
    }

    @Override
    public ObjectNode find(Neutron kind, String nameOrId) {
        ObjectNode found = SdkFind.find(kind.sdkName(), nameOrId, id -> get(kind, id), () -> {
            List<ObjectNode> named = new ArrayList<>();
            if (kind.namedQuery()) {
                list(kind, Map.of("name", nameOrId), named::add);
            } else if (!kind.nameAttribute().equals("name")) {
                list(kind, Map.of(), named::add);
            }
            return named;
        }, kind.nameAttribute());
        if (found == null) {
            throw new NeutronNotFound(kind, nameOrId);
        }
        return found;
    }

    @Override
    public ObjectNode get(Neutron kind, String id) {
        String segment = Urls.segment(id);
        return switch (kind) {
            case NETWORK -> object(calls.call(Map.of(), SdkErrors::fromResponse, os -> os.networking().network().get(segment)),
                    kind.key());
            case SUBNET -> object(calls.call(Map.of(), SdkErrors::fromResponse, os -> os.networking().subnet().get(segment)),
                    kind.key());
            case FLOATING_IP -> object(calls.call(Map.of(), SdkErrors::fromResponse,
                    os -> os.networking().floatingip().get(segment)), kind.key());
            case AGENT -> object(calls.call(Map.of(), SdkErrors::fromResponse,
                    os -> os.networking().agent().getAgent(segment)), kind.key());
            // openstack4j has no segment service, and its subnet pool model drops keys
            default -> object(calls.rest("GET", kind.path() + Urls.path(id), Map.of(), null, Map.of(),
                    SdkErrors::fromResponse), kind.key());
        };
    }

    @Override
    public void hostingAgents(boolean router, String id, Consumer<ObjectNode> each) {
        // openstack4j has no call for a network's DHCP agents or a router's L3 agents
        String path = router ? "routers" + Urls.path(id, "l3-agents") : "networks" + Urls.path(id, "dhcp-agents");
        objects(calls.rest("GET", path, Map.of(), null, Map.of(),
                SdkErrors::fromResponse), "agents").forEach(each);
    }

    @Override
    public void agentHosted(boolean routers, String agentId, Consumer<ObjectNode> each) {
        // openstack4j has no call for what an agent hosts
        String path = "agents" + Urls.path(agentId, routers ? "l3-routers" : "dhcp-networks");
        objects(calls.rest("GET", path, Map.of(), null, Map.of(), SdkErrors::fromResponse), routers ? "routers" : "networks")
                .forEach(each);
    }

    @Override
    public boolean hasExtension(String name) {
        // openstack4j has no extension calls
        try {
            calls.rest("GET", "extensions" + Urls.path(name), Map.of(), null, Map.of(), SdkErrors::fromResponse);
            return true;
        } catch (dev.jos.session.ApiException e) {
            if (e.status() != 404 && e.status() != 400) {
                throw e;
            }
        }
        for (ObjectNode ext : objects(calls.rest("GET", "extensions", Map.of(), null, Map.of(), SdkErrors::fromResponse),
                "extensions")) {
            if (name.equals(ext.path("alias").asText(null)) || name.equals(ext.path("name").asText(null))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ObjectNode quota(String projectId, boolean defaults) {
        if (!defaults) {
            return object(calls.call(Map.of(), SdkErrors::fromResponse,
                    os -> os.networking().quotas().get(Urls.segment(projectId))), "quota");
        }
        // openstack4j has no call for the default quotas
        return object(calls.rest("GET", "quotas" + Urls.path(projectId, "default"), Map.of(), null, Map.of(),
                SdkErrors::fromResponse), "quota");
    }

    @Override
    public List<ObjectNode> availabilityZones() {
        return objects(calls.call(Map.of(), SdkErrors::fromResponse, os -> os.networking().availabilityzone().list()),
                "availability_zones");
    }

    @Override
    public ObjectNode create(Neutron kind, ObjectNode attrs) {
        // openstack4j's models lack many of neutron's attributes (description, dns_domain,
        // port_security_enabled, is_default, segment_id, service_types...) and add their own defaults
        ObjectNode body = Json.object();
        body.set(kind.key(), attrs);
        return object(calls.rest("POST", kind.path(), Map.of(), body, Map.of(), SdkErrors::fromResponse), kind.key());
    }

    @Override
    public ObjectNode update(Neutron kind, String id, ObjectNode attrs) {
        // as for create: openstack4j's update models carry only some attributes
        ObjectNode body = Json.object();
        body.set(kind.key(), attrs);
        return object(calls.rest("PUT", kind.path() + Urls.path(id), Map.of(), body, Map.of(), SdkErrors::fromResponse),
                kind.key());
    }

    @Override
    public void delete(Neutron kind, String id) {
        String segment = Urls.segment(id);
        switch (kind) {
            case NETWORK -> calls.call(Map.of(), SdkErrors::fromResponse, os -> os.networking().network().delete(segment));
            case SUBNET -> calls.call(Map.of(), SdkErrors::fromResponse, os -> os.networking().subnet().delete(segment));
            case FLOATING_IP -> calls.call(Map.of(), SdkErrors::fromResponse, os -> os.networking().floatingip().delete(segment));
            default -> calls.rest("DELETE", kind.path() + Urls.path(id), Map.of(), null, Map.of(), SdkErrors::fromResponse);
        }
    }

    @Override
    public void list(Neutron kind, Map<String, String> query, Consumer<ObjectNode> each) {
        listRepeating(kind, new ArrayList<>(query.entrySet()), each);
    }

    @Override
    public void listRepeating(Neutron kind, List<Map.Entry<String, String>> query, Consumer<ObjectNode> each) {
        // openstack4j's list calls neither follow neutron's <resources>_links nor take every filter
        List<Map.Entry<String, String>> params = new ArrayList<>(query);
        while (true) {
            Reply page = calls.rest("GET", kind.path() + Urls.query(params), Map.of(), null, Map.of(),
                    SdkErrors::fromResponse);
            objects(page, kind.listKey()).forEach(each);
            params = nextPage(page.json(), kind.listKey() + "_links");
            if (params == null) {
                return;
            }
        }
    }

    /** The query of the "next" link of a page (the marker and the filters), or null on the last page. */
    static List<Map.Entry<String, String>> nextPage(JsonNode body, String linksKey) {
        for (JsonNode link : body.path(linksKey)) {
            if ("next".equals(link.path("rel").asText())) {
                String raw = URI.create(link.path("href").asText()).getRawQuery();
                List<Map.Entry<String, String>> params = new ArrayList<>();
                if (raw != null) {
                    for (String pair : raw.split("&")) {
                        int eq = pair.indexOf('=');
                        String k = eq < 0 ? pair : pair.substring(0, eq);
                        String v = eq < 0 ? "" : pair.substring(eq + 1);
                        params.add(new AbstractMap.SimpleEntry<>(URLDecoder.decode(k, StandardCharsets.UTF_8),
                                URLDecoder.decode(v, StandardCharsets.UTF_8)));
                    }
                }
                return params;
            }
        }
        return null;
    }

    @Override
    public ObjectNode action(Neutron kind, String id, String action, ObjectNode body) {
        // openstack4j's router interface calls take one subnet or port and drop the reply's keys;
        // it has no extra routes at all
        Reply r = calls.rest("PUT", kind.path() + Urls.path(id, action), Map.of(), body, Map.of(), SdkErrors::fromResponse);
        return r.json() instanceof ObjectNode o ? o : Json.object();
    }

    @Override
    public void setTags(Neutron kind, String id, List<String> tags) {
        // openstack4j has no tags API
        ObjectNode body = Json.object();
        com.fasterxml.jackson.databind.node.ArrayNode list = body.putArray("tags");
        tags.forEach(list::add);
        calls.rest("PUT", kind.path() + Urls.path(id, "tags"), Map.of(), body, Map.of(), SdkErrors::fromResponse);
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
