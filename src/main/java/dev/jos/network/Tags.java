package dev.jos.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * osc_lib's tag helpers: the set/unset updates (one PUT of the sorted tags, only when they
 * change; the shown resource takes them as set_tags does) and the list filters.
 */
public final class Tags {
    private Tags() {
    }

    private static TreeSet<String> current(ObjectNode obj) {
        TreeSet<String> tags = new TreeSet<>();
        obj.path("tags").forEach(t -> tags.add(t.asText()));
        return tags;
    }

    /** update_tags_for_set: --no-tag clears, --tag adds. */
    public static void set(NetworkApi api, Neutron kind, ObjectNode obj, List<String> add, boolean noTag) {
        TreeSet<String> tags = noTag ? new TreeSet<>() : current(obj);
        if (add != null) {
            tags.addAll(add);
        }
        apply(api, kind, obj, tags);
    }

    /** update_tags_for_unset: --all-tag clears, --tag removes. */
    public static void unset(NetworkApi api, Neutron kind, ObjectNode obj, List<String> remove, boolean allTag) {
        TreeSet<String> tags = allTag ? new TreeSet<>() : current(obj);
        if (remove != null) {
            tags.removeAll(remove);
        }
        apply(api, kind, obj, tags);
    }

    private static void apply(NetworkApi api, Neutron kind, ObjectNode obj, TreeSet<String> tags) {
        if (!tags.equals(current(obj))) {
            List<String> sorted = new ArrayList<>(tags);
            api.setTags(kind, obj.path("id").asText(), sorted);
            com.fasterxml.jackson.databind.node.ArrayNode list = obj.putArray("tags");
            sorted.forEach(list::add);
        }
    }

    /** A --tags style option's comma list (argparse keeps empty items), or null when not given. */
    public static List<String> split(String commaList) {
        return commaList == null ? null : List.of(commaList.split(",", -1));
    }

    /** get_tag_filtering_args: each option's comma list joined again, in the SDK's query order. */
    public static void filters(Map<String, String> query, List<String> tags, List<String> anyTags, List<String> notTags,
                               List<String> notAnyTags) {
        if (tags != null && !tags.isEmpty()) {
            query.put("tags", String.join(",", tags));
        }
        if (anyTags != null && !anyTags.isEmpty()) {
            query.put("tags-any", String.join(",", anyTags));
        }
        if (notTags != null && !notTags.isEmpty()) {
            query.put("not-tags", String.join(",", notTags));
        }
        if (notAnyTags != null && !notAnyTags.isEmpty()) {
            query.put("not-tags-any", String.join(",", notAnyTags));
        }
    }
}
