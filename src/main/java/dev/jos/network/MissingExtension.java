package dev.jos.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.session.ApiException;

/**
 * OSC's check_missing_extension_if_error (port create and set): when neutron refuses the
 * request, an attribute sent whose extension the cloud lacks is the reason given instead, as
 * find_extension(ignore_missing=False)'s "No Extension found for x".
 */
public final class MissingExtension {
    /** _required_opt_extensions_map, in its order (its security_groups key never matches OSC's attrs). */
    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("allowed_address_pairs", "allowed-address-pairs");
        REQUIRED.put("dns_domain", "dns-integration");
        REQUIRED.put("dns_name", "dns-integration");
        REQUIRED.put("extra_dhcp_opts", "extra_dhcp_opt");
        REQUIRED.put("qos_policy_id", "qos");
    }

    private MissingExtension() {
    }

    public static <T> T check(NetworkApi api, ObjectNode attrs, Supplier<T> request) {
        try {
            return request.get();
        } catch (ApiException e) {
            for (Map.Entry<String, String> r : REQUIRED.entrySet()) {
                if (attrs.has(r.getKey()) && !api.hasExtension(r.getValue())) {
                    throw new dev.jos.session.CommandException("No Extension found for " + r.getValue(), e);
                }
            }
            throw e;
        }
    }
}
