package dev.jos.image;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.JsonRows;
import dev.jos.output.DictColumn;
import dev.jos.output.ListColumn;
import dev.jos.output.Record;

/**
 * An image as OSC 6.0 shows it, shared by create, show, list and set: openstacksdk's Image
 * resource built from glance's JSON (its attributes in declaration order, their types, unknown
 * keys gathered under {@code properties}), then OSC's {@code _format_image} over
 * {@code to_dict(ignore_none=True, original_names=True)}.
 */
public final class ImageColumns {
    public static final List<String> LIST_HEADERS = List.of("ID", "Name", "Status");
    public static final List<String> LONG_HEADERS = List.of("ID", "Name", "Disk Format", "Container Format", "Size",
            "Checksum", "Status", "Visibility", "Protected", "Project", "Tags");
    private static final List<String> LONG_KEYS = List.of("id", "name", "disk_format", "container_format", "size",
            "checksum", "status", "visibility", "protected", "owner", "tags");

    /** The SDK Image's Body attributes by server name, in the class's order, with their types. */
    private static final Map<String, Kind> ATTRS = attrs();

    /** _format_image's fields_to_show: top-level rows; everything else is a property. */
    private static final Set<String> SHOWN = Set.of("status", "name", "container_format", "created_at", "size",
            "disk_format", "updated_at", "visibility", "min_disk", "protected", "id", "file", "checksum", "owner",
            "virtual_size", "min_ram", "schema");

    private enum Kind { RAW, BOOL, INT, FLOAT, STR, DICT, LIST }

    private ImageColumns() {
    }

    private static Map<String, Kind> attrs() {
        Map<String, Kind> m = new LinkedHashMap<>();
        for (String a : List.of("checksum", "container_format", "created_at", "disk_format")) {
            m.put(a, Kind.RAW);
        }
        m.put("os_hidden", Kind.BOOL);
        m.put("protected", Kind.BOOL);
        for (String a : List.of("os_hash_algo", "os_hash_value", "min_disk", "min_ram", "name", "owner", "properties")) {
            m.put(a, Kind.RAW);
        }
        m.put("size", Kind.INT);
        for (String a : List.of("store", "status", "updated_at", "virtual_size", "visibility", "file", "locations",
                "direct_url", "url")) {
            m.put(a, Kind.RAW);
        }
        m.put("metadata", Kind.DICT);
        m.put("architecture", Kind.RAW);
        m.put("hypervisor_type", Kind.RAW);
        m.put("instance_type_rxtx_factor", Kind.FLOAT);
        for (String a : List.of("instance_uuid", "img_config_drive", "kernel_id", "os_distro", "os_version",
                "os_secure_boot")) {
            m.put(a, Kind.RAW);
        }
        m.put("os_shutdown_timeout", Kind.INT);
        m.put("ramdisk_id", Kind.RAW);
        m.put("vm_mode", Kind.RAW);
        m.put("hw_cpu_sockets", Kind.INT);
        m.put("hw_cpu_cores", Kind.INT);
        m.put("hw_cpu_threads", Kind.INT);
        for (String a : List.of("hw_disk_bus", "hw_cpu_policy", "hw_cpu_thread_policy", "hw_rng_model",
                "hw_machine_type", "hw_scsi_model")) {
            m.put(a, Kind.RAW);
        }
        m.put("hw_serial_port_count", Kind.INT);
        m.put("hw_video_model", Kind.RAW);
        m.put("hw_video_ram", Kind.INT);
        m.put("hw_watchdog_action", Kind.RAW);
        m.put("os_command_line", Kind.RAW);
        m.put("hw_vif_model", Kind.RAW);
        m.put("hw_vif_multiqueue_enabled", Kind.BOOL);
        m.put("hw_boot_menu", Kind.BOOL);
        for (String a : List.of("vmware_adaptertype", "vmware_ostype", "auto_disk_config", "os_type", "os_admin_user")) {
            m.put(a, Kind.RAW);
        }
        m.put("hw_qemu_guest_agent", Kind.STR);
        m.put("os_require_quiesce", Kind.BOOL);
        m.put("schema", Kind.RAW);
        // Resource's own, then TagMixin's
        m.put("id", Kind.RAW);
        m.put("tags", Kind.LIST);
        return m;
    }

    /** The glance key of an SDK Image attribute given by its Python name, or null when it has none. */
    static String originalName(String attr) {
        Map<String, String> renamed = Map.of("is_hidden", "os_hidden", "is_protected", "protected", "hash_algo",
                "os_hash_algo", "hash_value", "os_hash_value", "owner_id", "owner", "needs_config_drive", "img_config_drive",
                "needs_secure_boot", "os_secure_boot", "is_hw_vif_multiqueue_enabled", "hw_vif_multiqueue_enabled",
                "is_hw_boot_menu_enabled", "hw_boot_menu", "has_auto_disk_config", "auto_disk_config");
        if (renamed.containsKey(attr)) {
            return renamed.get(attr);
        }
        if (renamed.containsValue(attr) && !attr.equals("owner")) {
            return null; // glance's name of a renamed attribute is not an attribute
        }
        return ATTRS.containsKey(attr) || attr.equals("location") ? attr : null;
    }

    /**
     * Image.to_dict(ignore_none=True, original_names=True): known attributes in declaration order
     * with their types; glance's other keys (but "self", which the SDK drops) under "properties".
     */
    public static Map<String, Object> sdkImage(ObjectNode json) {
        Map<String, Object> unknown = new LinkedHashMap<>();
        JsonNode props = json.get("properties");
        if (props != null && !props.isNull()) {
            Object p = JsonRows.value(props);
            if (p instanceof Map<?, ?> pm) {
                pm.forEach((k, v) -> unknown.put(String.valueOf(k), v));
            } else {
                unknown.put("properties", p);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!ATTRS.containsKey(e.getKey()) && !e.getKey().equals("self")) {
                unknown.put(e.getKey(), JsonRows.value(e.getValue()));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Kind> a : ATTRS.entrySet()) {
            String key = a.getKey();
            Object v;
            if (key.equals("properties")) {
                v = unknown.isEmpty() ? null : unknown;
            } else if (key.equals("tags") && !json.has("tags")) {
                v = new ArrayList<>(); // TagMixin's default=[]
            } else {
                v = convert(JsonRows.value(json.get(key)), a.getValue());
            }
            if (v != null) {
                out.put(key, v);
            }
        }
        return out;
    }

    /** resource._convert_type: Python's bool(), int(), float(), str() of what glance sent. */
    private static Object convert(Object v, Kind kind) {
        if (v == null) {
            return null;
        }
        switch (kind) {
            case BOOL:
                if (v instanceof Boolean) {
                    return v;
                }
                if (v instanceof String s) {
                    return !s.isEmpty();
                }
                if (v instanceof Long l) {
                    return l != 0;
                }
                return Boolean.TRUE;
            case INT:
                if (v instanceof Long) {
                    return v;
                }
                if (v instanceof Double d) {
                    return d.longValue();
                }
                if (v instanceof String s) {
                    try {
                        return Long.parseLong(s.strip());
                    } catch (NumberFormatException e) {
                        return s;
                    }
                }
                return v;
            case FLOAT:
                if (v instanceof Long l) {
                    return l.doubleValue();
                }
                if (v instanceof String s) {
                    try {
                        return Double.parseDouble(s.strip());
                    } catch (NumberFormatException e) {
                        return s;
                    }
                }
                return v;
            case STR:
                return v instanceof String ? v : pyStr(v);
            case LIST:
                return v instanceof List ? v : new ArrayList<>(List.of(v));
            default:
                return v;
        }
    }

    private static String pyStr(Object v) {
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(v);
    }

    /** OSC's _format_image: the shown fields, tags, and every other key flattened into properties. */
    public static Record record(ObjectNode json, boolean humanReadable) {
        Map<String, Object> image = sdkImage(json);
        Map<String, Object> info = new LinkedHashMap<>();
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : image.entrySet()) {
            String key = e.getKey();
            if (SHOWN.contains(key)) {
                info.put(key, e.getValue());
            } else if (key.equals("tags")) {
                continue;
            } else if (key.equals("properties") && e.getValue() instanceof Map<?, ?> m) {
                m.forEach((k, v) -> properties.put(String.valueOf(k), v));
            } else {
                properties.put(key, e.getValue());
            }
        }
        if (humanReadable) {
            info.put("size", formatSize(image.get("size")));
        }
        Object tags = image.get("tags");
        info.put("tags", new ListColumn(tags instanceof List<?> l ? l : List.of()));
        if (!properties.isEmpty()) {
            info.put("properties", new DictColumn(properties));
        }
        return Record.fromMap(info);
    }

    /** osc_lib.utils.format_size: powers of 1000, one decimal without trailing zeros. */
    static String formatSize(Object size) {
        double s = size instanceof Number n ? n.doubleValue() : 0;
        String[] suffix = {"", "K", "M", "G", "T", "P", "E", "Z"};
        int index = 0;
        while (s >= 1000.0 && index < suffix.length - 1) {
            index++;
            s = s / 1000.0;
        }
        String padded = String.format(java.util.Locale.ROOT, "%.1f", s);
        String stripped = padded.replaceAll("0+$", "");
        if (stripped.endsWith(".")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped + suffix[index];
    }

    /** get_item_properties over the Image: the list columns' attributes, '' for what glance left out. */
    public static List<Object> listRow(ObjectNode json, boolean longListing) {
        Map<String, Object> image = sdkImage(json);
        List<Object> row = new ArrayList<>();
        for (String key : longListing ? LONG_KEYS : List.of("id", "name", "status")) {
            // a None attribute is None (printed "None"), never ''
            Object v = image.get(key);
            row.add(key.equals("tags") ? new ListColumn(v instanceof List<?> l ? l : List.of()) : v);
        }
        return row;
    }

    public static List<String> headers(boolean longListing) {
        return longListing ? LONG_HEADERS : LIST_HEADERS;
    }
}
