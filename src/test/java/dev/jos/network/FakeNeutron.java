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
                of(kind).stream().filter(x -> x.path("name").asText().equals(nameOrId)).toList());
        if (found == null) {
            throw new NeutronNotFound(kind, nameOrId);
        }
        return found.deepCopy();
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

    @Override
    public ObjectNode update(Neutron kind, String id, ObjectNode attrs) {
        calls.add("PUT " + kind.path() + "/" + id + " " + Json.writeString(attrs));
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

    /** Extension aliases this neutron has (none unless a test adds them). */
    public final java.util.Set<String> extensions = new java.util.HashSet<>();

    @Override
    public boolean hasExtension(String alias) {
        calls.add("GET extensions/" + alias);
        return extensions.contains(alias);
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
