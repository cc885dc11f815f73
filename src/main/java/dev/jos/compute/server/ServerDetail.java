package dev.jos.compute.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.JsonRows;
import dev.jos.compute.ComputeApi;
import dev.jos.image.ImageApi;
import dev.jos.output.DictColumn;
import dev.jos.output.DictListColumn;
import dev.jos.output.ListColumn;
import dev.jos.output.ListDictColumn;
import dev.jos.output.Record;
import dev.jos.session.CommandException;

/** OSC's _prep_server_detail: nova's server keys, with OSC's names and formatters, sorted. */
public final class ServerDetail {
    /** What OSC shows for the image of a server booted from a volume. */
    public static final String IMAGE_FOR_BFV = "N/A (booted from volume)";

    private ServerDetail() {
    }

    /**
     * @param server  what nova returned (after create: the create reply, which alone holds adminPass)
     * @param refresh whether to fetch the server again and lay its keys over {@code server}
     */
    public static Record record(ComputeApi compute, ImageApi images, ObjectNode server, boolean refresh) {
        return Record.fromMap(prep(compute, images, server, refresh));
    }

    static Map<String, Object> prep(ComputeApi compute, ImageApi images, ObjectNode server, boolean refresh) {
        Map<String, Object> info = new LinkedHashMap<>();
        server.fields().forEachRemaining(e -> info.put(e.getKey(), JsonRows.value(e.getValue())));
        ObjectNode current = server;
        if (refresh) {
            current = NovaFind.server(compute, server.path("id").asText());
            ObjectNode fresh = current;
            fresh.fields().forEachRemaining(e -> info.put(e.getKey(), JsonRows.value(e.getValue())));
        }

        Object imageInfo = info.get("image");
        if (truthy(imageInfo)) {
            Object id = imageInfo instanceof Map<?, ?> m ? m.get("id") : null;
            String imageId = id == null ? "" : String.valueOf(id);
            try {
                ObjectNode image = images.getImage(imageId);
                info.put("image", pyStr(JsonRows.value(image.get("name"))) + " (" + imageId + ")");
            } catch (CommandException e) {
                info.put("image", imageId);
            }
        } else {
            info.put("image", IMAGE_FOR_BFV);
        }

        Object flavorInfo = info.get("flavor");
        Map<?, ?> flavorMap = flavorInfo instanceof Map<?, ?> m ? m : Map.of();
        if (flavorMap.containsKey("id")) {
            String flavorId = String.valueOf(flavorMap.get("id"));
            try {
                ObjectNode flavor = NovaFind.flavor(compute, flavorId);
                info.put("flavor", pyStr(JsonRows.value(flavor.get("name"))) + " (" + flavorId + ")");
            } catch (CommandException e) {
                info.put("flavor", flavorId);
            }
        } else {
            // microversion 2.47 embeds the flavor without its id
            info.put("flavor", new DictColumn(flavorMap));
        }

        if (info.containsKey("os-extended-volumes:volumes_attached")) {
            info.put("volumes_attached", new ListDictColumn(dicts(info.remove("os-extended-volumes:volumes_attached"))));
        }
        if (info.containsKey("security_groups")) {
            info.put("security_groups", new ListDictColumn(dicts(info.remove("security_groups"))));
        }
        if (info.containsKey("tags")) {
            Object tags = info.remove("tags");
            info.put("tags", new ListColumn(tags instanceof List<?> l ? l : null));
        }
        info.put("addresses", new DictListColumn(networks(current)));
        Object metadata = info.remove("metadata");
        info.put("properties", new DictColumn(metadata instanceof Map<?, ?> m ? m : null));
        if (info.containsKey("tenant_id")) {
            info.put("project_id", info.remove("tenant_id"));
        }
        if (info.containsKey("OS-EXT-STS:power_state")) {
            info.put("OS-EXT-STS:power_state", new PowerStateColumn(info.get("OS-EXT-STS:power_state")));
        }
        info.remove("links");
        return info;
    }

    /** novaclient's Server.networks: each network's addresses, networks sorted by name. */
    public static Map<String, Object> networks(ObjectNode server) {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonNode addresses = server.get("addresses");
        if (addresses == null || !addresses.isObject()) {
            return out;
        }
        TreeMap<String, JsonNode> sorted = new TreeMap<>(
                (a, b) -> java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
        addresses.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach((label, list) -> {
            List<Object> addrs = new ArrayList<>();
            list.forEach(a -> addrs.add(JsonRows.value(a.get("addr"))));
            out.put(label, addrs);
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<? extends Map<?, ?>> dicts(Object value) {
        if (value instanceof List<?> l) {
            List<Map<?, ?>> out = new ArrayList<>();
            for (Object o : l) {
                out.add(o instanceof Map<?, ?> m ? m : Map.of());
            }
            return out;
        }
        return null;
    }

    private static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        return true;
    }

    private static String pyStr(Object v) {
        return v == null ? "None" : String.valueOf(v);
    }
}
