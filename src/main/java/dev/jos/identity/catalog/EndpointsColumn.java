package dev.jos.identity.catalog;

import java.util.List;
import java.util.Map;

import dev.jos.output.FormattedValue;

/** OSC's catalog EndpointsColumn: region and "interface: url" lines for people, the list for machines. */
final class EndpointsColumn implements FormattedValue {
    private final List<Object> endpoints;

    EndpointsColumn(List<Object> endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public String human() {
        if (endpoints == null || endpoints.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Object o : endpoints) {
            Map<?, ?> ep = (Map<?, ?>) o;
            Object region = truthy(ep.get("region_id")) ? ep.get("region_id") : truthy(ep.get("region")) ? ep.get("region") : "<none>";
            sb.append(region).append('\n');
            sb.append("  ").append(ep.get("interface")).append(": ").append(ep.get("url")).append('\n');
        }
        return sb.toString();
    }

    @Override
    public Object machine() {
        return endpoints;
    }

    private static boolean truthy(Object o) {
        return o != null && !"".equals(o);
    }
}
