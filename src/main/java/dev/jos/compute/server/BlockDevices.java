package dev.jos.compute.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.json.Json;
import dev.jos.session.CommandException;

/** OSC's BDMLegacyAction (--block-device-mapping) and BDMAction (--block-device): their parsing and messages. */
final class BlockDevices {
    static final List<String> KEYS = List.of("uuid", "source_type", "destination_type", "disk_bus", "device_type", "device_name",
            "volume_size", "guest_format", "boot_index", "delete_on_termination", "tag", "volume_type");

    private BlockDevices() {
    }

    /** dev-name=id[:type[:size[:delete-on-terminate]]] as an ordered mapping (values as typed). */
    static ObjectNode legacy(String value) {
        int eq = value.indexOf('=');
        String devName = eq < 0 ? value : value.substring(0, eq);
        String devMap = eq < 0 ? "" : value.substring(eq + 1);
        String[] parts = devMap.isEmpty() ? new String[0] : devMap.split(":", -1);
        if (devName.isEmpty() || parts.length == 0 || parts.length > 4) {
            throw new CommandException("Invalid argument " + value
                    + "; argument must be of form 'dev-name=id[:type[:size[:delete-on-terminate]]]'");
        }
        ObjectNode m = Json.object();
        m.put("device_name", devName);
        m.put("uuid", parts[0]);
        m.put("source_type", "volume");
        m.put("destination_type", "volume");
        if (parts.length > 1 && !parts[1].isEmpty()) {
            if (!List.of("volume", "snapshot", "image").contains(parts[1])) {
                throw new CommandException("Invalid argument " + value + "; 'type' must be one of: volume, snapshot, image");
            }
            m.put("source_type", parts[1]);
        }
        if (parts.length > 2 && !parts[2].isEmpty()) {
            m.put("volume_size", parts[2]);
        }
        if (parts.length > 3 && !parts[3].isEmpty()) {
            m.put("delete_on_termination", parts[3]);
        }
        return m;
    }

    /** A JSON file's mapping when the value names an existing file, else key=value pairs. */
    static ObjectNode modern(String value, java.util.function.Function<String, Path> files) {
        Path file = files.apply(value);
        if (Files.exists(file)) {
            JsonNode data;
            try {
                data = Json.parse(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new CommandException(e.getMessage());
            }
            if (data == null || !data.isObject()) {
                throw new CommandException("Invalid block device mapping in " + value);
            }
            List<String> keys = new ArrayList<>();
            data.fieldNames().forEachRemaining(keys::add);
            validate(keys);
            return (ObjectNode) data;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String kv : value.split(",", -1)) {
            int eq = kv.indexOf('=');
            if (eq < 0) {
                throw new CommandException("Expected comma separated 'key=value' pairs, but got: " + kv);
            }
            if (eq == 0) {
                throw new CommandException("Each property key must be specified: " + kv);
            }
            params.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        validate(new ArrayList<>(params.keySet()));
        ObjectNode m = Json.object();
        params.forEach(m::put);
        return m;
    }

    private static void validate(List<String> keys) {
        List<String> invalid = keys.stream().filter(k -> !KEYS.contains(k)).toList();
        if (!invalid.isEmpty()) {
            // osc_lib joins a Python set of the valid keys, whose order varies from run to run
            throw new CommandException("Invalid keys " + String.join(", ", invalid) + " specified.\nValid keys are: "
                    + String.join(", ", KEYS));
        }
    }

    /** oslo's bool_from_string(strict=True). */
    static Boolean strictBool(String s) {
        String v = s.strip().toLowerCase(java.util.Locale.ROOT);
        if (List.of("1", "t", "true", "on", "y", "yes").contains(v)) {
            return true;
        }
        if (List.of("0", "f", "false", "off", "n", "no").contains(v)) {
            return false;
        }
        return null;
    }
}
