package dev.jos.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.json.Json;
import dev.jos.session.SdkFind;

/** An in-memory neutron behind {@link NetworkApi}: records each request body and query it is sent. */
public final class FakeNeutron implements NetworkApi {
    public final Map<String, ObjectNode> objects = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();
    private int next = 1;

    public ObjectNode add(Neutron kind, String id, String name) {
        ObjectNode o = Json.object();
        o.put("id", id);
        o.put("name", name);
        o.put("kind", kind.name());
        objects.put(id, o);
        return o;
    }

    @Override
    public ObjectNode findNetwork(String nameOrId) {
        return find(Neutron.NETWORK, nameOrId);
    }

    @Override
    public ObjectNode findSecurityGroup(String nameOrId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ObjectNode findPort(String nameOrId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ObjectNode findRouter(String nameOrId) {
        throw new UnsupportedOperationException();
    }

    /** Ports, by the server (device_id) they belong to. */
    public final Map<String, List<ObjectNode>> ports = new LinkedHashMap<>();

    @Override
    public List<ObjectNode> serverPorts(String serverId) {
        calls.add("GET ports {device_id=" + serverId + "}");
        return ports.getOrDefault(serverId, List.of());
    }

    private List<ObjectNode> of(Neutron kind) {
        return objects.values().stream().filter(o -> o.path("kind").asText().equals(kind.name())).toList();
    }

    @Override
    public ObjectNode find(Neutron kind, String nameOrId) {
        ObjectNode o = objects.get(nameOrId);
        if (o != null && o.path("kind").asText().equals(kind.name())) {
            return o.deepCopy();
        }
        ObjectNode found = SdkFind.oneMatch(kind.sdkName(), nameOrId,
                of(kind).stream().filter(x -> x.path(kind.nameAttribute()).asText().equals(nameOrId)).toList(),
                kind.nameAttribute());
        if (found == null) {
            throw new NeutronNotFound(kind, nameOrId);
        }
        return found.deepCopy();
    }

    @Override
    public ObjectNode get(Neutron kind, String id) {
        calls.add("GET " + kind.path() + "/" + id);
        ObjectNode o = objects.get(id);
        if (o == null || !o.path("kind").asText().equals(kind.name())) {
            throw dev.jos.session.SdkErrors.fromResponse(new dev.jos.http.ApiResponse(404, "Not Found",
                    dev.jos.http.Headers.of("Content-Type", "application/json"),
                    ("{\"NeutronError\": {\"message\": \"" + kind.sdkName() + " " + id + " could not be found.\"}}").getBytes()),
                    "http://neutron/v2.0/" + kind.path() + "/" + id);
        }
        return o.deepCopy();
    }

    /** Agents hosting a network or router, by its id. */
    public final Map<String, List<ObjectNode>> hosting = new LinkedHashMap<>();

    @Override
    public void hostingAgents(boolean router, String id, Consumer<ObjectNode> each) {
        calls.add("GET " + (router ? "routers/" + id + "/l3-agents" : "networks/" + id + "/dhcp-agents"));
        hosting.getOrDefault(id, List.of()).forEach(a -> each.accept(a.deepCopy()));
    }

    /** Neutron's extensions by name, and its availability zones. */
    /** What each agent hosts, by agent id: networks or routers. */
    public final Map<String, List<ObjectNode>> hosted = new LinkedHashMap<>();

    @Override
    public void agentHosted(boolean routers, String agentId, Consumer<ObjectNode> each) {
        calls.add("GET agents/" + agentId + (routers ? "/l3-routers" : "/dhcp-networks"));
        hosted.getOrDefault(agentId, List.of()).forEach(each);
    }

    public final java.util.Set<String> extensions = new java.util.HashSet<>();
    public final List<ObjectNode> zones = new ArrayList<>();

    /** Neutron's quotas by project, and its defaults. */
    public final Map<String, ObjectNode> quotas = new LinkedHashMap<>();

    @Override
    public ObjectNode quota(String projectId, boolean defaults) {
        calls.add("GET quotas/" + projectId + (defaults ? "/default" : ""));
        return quotas.get(defaults ? "default" : projectId).deepCopy();
    }

    @Override
    public boolean hasExtension(String name) {
        calls.add("GET extensions/" + name);
        return extensions.contains(name);
    }

    @Override
    public List<ObjectNode> availabilityZones() {
        calls.add("GET availability_zones");
        return zones;
    }

    @Override
    public ObjectNode create(Neutron kind, ObjectNode attrs) {
        calls.add("POST " + kind.path() + " " + Json.writeString(attrs));
        ObjectNode o = attrs.deepCopy();
        o.put("id", "id-" + next++);
        o.put("kind", kind.name());
        objects.put(o.get("id").asText(), o);
        ObjectNode out = o.deepCopy();
        out.remove("kind");
        return out;
    }

    /** Ports neutron refuses a floating IP on (no router to the external network): a 404 as the SDK words it. */
    public final java.util.Set<String> unroutedPorts = new java.util.HashSet<>();

    @Override
    public ObjectNode update(Neutron kind, String id, ObjectNode attrs) {
        calls.add("PUT " + kind.path() + "/" + id + " " + Json.writeString(attrs));
        if (unroutedPorts.contains(attrs.path("port_id").asText())) {
            throw dev.jos.session.SdkErrors.fromResponse(new dev.jos.http.ApiResponse(404, "Not Found",
                    dev.jos.http.Headers.of("Content-Type", "application/json"),
                    "{\"NeutronError\": {\"message\": \"External network x is not reachable\"}}".getBytes()),
                    "http://neutron/v2.0/" + kind.path() + "/" + id);
        }
        objects.get(id).setAll(attrs);
        return objects.get(id).deepCopy();
    }

    @Override
    public void delete(Neutron kind, String id) {
        calls.add("DELETE " + kind.path() + "/" + id);
        objects.remove(id);
    }

    @Override
    public void list(Neutron kind, Map<String, String> query, Consumer<ObjectNode> each) {
        calls.add("GET " + kind.path() + " " + query);
        of(kind).forEach(o -> each.accept(o.deepCopy()));
    }

    @Override
    public void listRepeating(Neutron kind, List<Map.Entry<String, String>> query, Consumer<ObjectNode> each) {
        calls.add("GET " + kind.path() + " " + query);
        of(kind).forEach(o -> each.accept(o.deepCopy()));
    }

    /** What {@link #action} answers (a test sets it); the request is recorded. */
    public ObjectNode actionReply = Json.object();

    @Override
    public ObjectNode action(Neutron kind, String id, String action, ObjectNode body) {
        calls.add("PUT " + kind.path() + "/" + id + "/" + action + " " + Json.writeString(body));
        return actionReply.deepCopy();
    }

    @Override
    public void setTags(Neutron kind, String id, List<String> tags) {
        calls.add("PUT " + kind.path() + "/" + id + "/tags " + tags);
        com.fasterxml.jackson.databind.node.ArrayNode a = objects.get(id).putArray("tags");
        tags.forEach(a::add);
    }
}
