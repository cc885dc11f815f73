package dev.jos.session;

import com.fasterxml.jackson.databind.JsonNode;

/** The catalog of a v3 token, and keystoneauth's endpoint selection by type, interface and region. */
public final class ServiceCatalog {
    private final JsonNode catalog;

    public ServiceCatalog(JsonNode catalog) {
        this.catalog = catalog;
    }

    public JsonNode raw() {
        return catalog;
    }

    /** The URL of the service's endpoint, or an error worded as keystoneauth's EndpointNotFound. */
    public String endpoint(String serviceType, String iface, String region) {
        if (catalog != null) {
            for (JsonNode service : catalog) {
                if (!serviceType.equals(service.path("type").asText())) {
                    continue;
                }
                for (JsonNode ep : service.path("endpoints")) {
                    boolean ifaceOk = iface.equals(ep.path("interface").asText());
                    boolean regionOk = region == null || region.isEmpty()
                            || region.equals(ep.path("region_id").asText(null))
                            || region.equals(ep.path("region").asText(null));
                    if (ifaceOk && regionOk) {
                        return ep.path("url").asText();
                    }
                }
            }
        }
        String where = region == null || region.isEmpty() ? "" : " in " + region + " region";
        throw new CommandException(iface + " endpoint for " + serviceType + " service" + where + " not found");
    }
}
