package dev.jos.compute.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.jos.session.CommandException;

/**
 * OSC's NICAction for --nic, --network and --port: "auto", "none", or a dict of net-id, port-id,
 * v4-fixed-ip, v6-fixed-ip (and tag when given). Its errors end OSC with exit code 1.
 */
public final class Nics {
    private Nics() {
    }

    /** One typed value: the option's key ("net-id" for --network, "port-id" for --port, null for --nic). */
    public record Typed(String key, String value) {
    }

    /** Each value as "auto", "none" or an ordered map, in the order typed. */
    public static List<Object> parse(List<Typed> typed) {
        return typed.stream().map(t -> parseOne(t.key(), t.value())).toList();
    }

    static Object parseOne(String key, String values) {
        if (values.equals("auto") || values.equals("none")) {
            return values;
        }
        if (key != null) {
            if (values.contains(",") || values.contains("=")) {
                throw new CommandException("Invalid argument " + values + "; characters ',' and '=' are not allowed");
            }
            values = key + "=" + values;
        }
        Map<String, String> info = new LinkedHashMap<>();
        info.put("net-id", "");
        info.put("port-id", "");
        info.put("v4-fixed-ip", "");
        info.put("v6-fixed-ip", "");
        // Python's str.split(','): every piece, empty ones included
        for (String kv : values.split(",", -1)) {
            int eq = kv.indexOf('=');
            String k = eq < 0 ? kv : kv.substring(0, eq);
            String v = eq < 0 ? "" : kv.substring(eq + 1);
            if (!(info.containsKey(k) || k.equals("tag")) || v.isEmpty()) {
                throw new CommandException("Invalid argument " + values + "; argument must be of form "
                        + "'net-id=net-uuid,port-id=port-uuid,v4-fixed-ip=ip-addr,v6-fixed-ip=ip-addr,tag=tag'");
            }
            info.put(k, v);
        }
        if (!info.get("net-id").isEmpty() && !info.get("port-id").isEmpty()) {
            throw new CommandException("Invalid argument " + values + "; either network or port should be specified but not both");
        }
        return info;
    }
}
