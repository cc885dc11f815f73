package dev.jos.compute.flavor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.session.ApiException;

/**
 * A nova that keeps flavors in memory and writes down every call made to it, so tests can
 * assert both what a command asked for and what it printed. Not an implementation of the
 * interface itself but what a Mockito mock delegates to, so methods added to ComputeApi for
 * other resources (keypairs, ...) need nothing here.
 */
final class FakeNova {
    final Map<String, ObjectNode> flavors = new LinkedHashMap<>();
    final Map<String, Map<String, String>> specs = new LinkedHashMap<>();
    final Map<String, List<String>> access = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    /** Which calls fail (by method name) and with what. */
    final Map<String, ApiException> failing = new LinkedHashMap<>();
    /** Whether flavor bodies carry extra_specs (microversion 2.61 and a policy that allows it). */
    boolean specsInline = true;
    String microversion = "2.61";
    private int created;

    ComputeApi api() {
        return org.mockito.Mockito.mock(ComputeApi.class, org.mockito.AdditionalAnswers.delegatesTo(this));
    }

    static ApiException sdkError(int status, String text) {
        return new ApiException(text, status, text, null) {
        };
    }

    ObjectNode add(String id, String name, int ram, boolean isPublic) {
        ObjectNode f = Json.object();
        f.put("id", id);
        f.put("name", name);
        f.put("ram", ram);
        f.put("disk", 1);
        f.put("swap", "");
        f.put("OS-FLV-EXT-DATA:ephemeral", 0);
        f.put("OS-FLV-DISABLED:disabled", false);
        f.put("vcpus", 1);
        f.put("os-flavor-access:is_public", isPublic);
        f.put("rxtx_factor", 1.0);
        f.putNull("description");
        flavors.put(id, f);
        specs.put(id, new LinkedHashMap<>());
        access.put(id, new ArrayList<>());
        return f;
    }

    private void call(String method, Object... args) {
        StringBuilder sb = new StringBuilder(method);
        for (Object a : args) {
            sb.append(' ').append(a);
        }
        calls.add(sb.toString());
        ApiException e = failing.get(method);
        if (e != null) {
            throw e;
        }
    }

    private ObjectNode view(ObjectNode f) {
        ObjectNode copy = f.deepCopy();
        if (specsInline) {
            ObjectNode es = copy.putObject("extra_specs");
            specs.get(f.path("id").asText()).forEach(es::put);
        }
        return copy;
    }

    public boolean supportsMicroversion(String version) {
        return Double.parseDouble(microversion) >= Double.parseDouble(version);
    }

    public ObjectNode getFlavor(String id) {
        call("getFlavor", id);
        ObjectNode f = flavors.get(id);
        if (f == null) {
            throw sdkError(404, "ResourceNotFound: 404: Client Error for url: http://nova/v2.1/flavors/" + id
                    + ", Flavor " + id + " could not be found.");
        }
        return view(f);
    }

    public void listFlavors(Map<String, String> query, boolean allPages, Consumer<ObjectNode> each) {
        call("listFlavors", query, allPages);
        for (ObjectNode f : flavors.values()) {
            String p = query.get("is_public");
            boolean pub = f.path("os-flavor-access:is_public").asBoolean();
            if (p.equals("None") || p.equals("True") == pub) {
                each.accept(view(f));
            }
        }
    }

    public ObjectNode createFlavor(ComputeApi.FlavorSpec spec) {
        call("createFlavor", spec);
        String id = spec.id() != null ? spec.id() : "new-" + (++created);
        ObjectNode f = add(id, spec.name(), spec.ram().intValue(), spec.isPublic());
        f.put("disk", spec.disk());
        f.put("vcpus", spec.vcpus());
        // nova shows no swap as ""
        if (spec.swap() != 0) {
            f.put("swap", spec.swap());
        }
        f.put("OS-FLV-EXT-DATA:ephemeral", spec.ephemeral());
        f.put("rxtx_factor", spec.rxtxFactor());
        f.put("description", spec.description());
        return view(f);
    }

    public void deleteFlavor(String id) {
        call("deleteFlavor", id);
        flavors.remove(id);
    }

    public ObjectNode updateFlavorDescription(String id, String description) {
        call("updateFlavorDescription", id, description);
        flavors.get(id).put("description", description);
        return view(flavors.get(id));
    }

    public Map<String, String> flavorExtraSpecs(String id) {
        call("flavorExtraSpecs", id);
        return new LinkedHashMap<>(specs.get(id));
    }

    public Map<String, String> createFlavorExtraSpecs(String id, Map<String, String> s) {
        call("createFlavorExtraSpecs", id, s);
        specs.get(id).putAll(s);
        return new LinkedHashMap<>(specs.get(id));
    }

    public void deleteFlavorExtraSpec(String id, String key) {
        call("deleteFlavorExtraSpec", id, key);
        if (specs.get(id).remove(key) == null) {
            throw sdkError(404, "ResourceNotFound: 404: Client Error for url: http://nova/v2.1/flavors/" + id
                    + "/os-extra_specs/" + key + ", Flavor " + id + " has no extra specs with key " + key + ".");
        }
    }

    public List<ObjectNode> flavorAccess(String id) {
        call("flavorAccess", id);
        List<ObjectNode> out = new ArrayList<>();
        for (String p : access.get(id)) {
            ObjectNode a = Json.object();
            a.put("flavor_id", id);
            a.put("tenant_id", p);
            out.add(a);
        }
        return out;
    }

    public void addFlavorAccess(String id, String projectId) {
        call("addFlavorAccess", id, projectId);
        access.get(id).add(projectId);
    }

    public void removeFlavorAccess(String id, String projectId) {
        call("removeFlavorAccess", id, projectId);
        access.get(id).remove(projectId);
    }
}
