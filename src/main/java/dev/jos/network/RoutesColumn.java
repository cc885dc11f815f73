package dev.jos.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.jos.output.FormattedValue;
import dev.jos.output.OscFormat;

/**
 * subnet.py's HostRoutesColumn and router.py's RoutesColumn (the same code in OSC): each route's
 * nexthop shown as gateway, one "key='value'" line per route.
 */
public final class RoutesColumn implements FormattedValue {
    private final Object value;

    public RoutesColumn(Object value) {
        this.value = value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public String human() {
        if (!(value instanceof List<?> l)) {
            return value == null ? null : value.toString();
        }
        List<Map<?, ?>> routes = new ArrayList<>();
        for (Object r : l) {
            Map<Object, Object> m = new LinkedHashMap<>((Map<Object, Object>) r);
            if (m.containsKey("nexthop")) {
                m.put("gateway", m.remove("nexthop"));
            }
            routes.add(m);
        }
        return OscFormat.formatListOfDicts(routes);
    }

    @Override
    public Object machine() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoutesColumn h && Objects.equals(h.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }
}
