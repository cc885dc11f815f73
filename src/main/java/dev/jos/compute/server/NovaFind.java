package dev.jos.compute.server;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.compute.ComputeApi;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;

/**
 * osc_lib's find_resource over novaclient's managers, as OSC 6.0's server commands use it: get by
 * the value, again as an integer when it is all digits, then novaclient's find (a list filtered
 * by name, each exact match fetched again), with osc_lib's two messages.
 */
public final class NovaFind {
    private NovaFind() {
    }

    /** A server by name or id, as find_resource(servers, x) finds it. */
    public static ObjectNode server(ComputeApi compute, String nameOrId) {
        return find("server", nameOrId, true, compute::getServer, () -> compute.listServers(false, Map.of("name", nameOrId)).servers(),
                compute::getServer);
    }

    /**
     * As find_resource(servers, x, all_tenants=...) finds it: True adds all_tenants=True to the
     * name search, and the extra keyword makes the integer retry fail before it makes a request.
     */
    public static ObjectNode server(ComputeApi compute, String nameOrId, boolean allTenants) {
        return find("server", nameOrId, false, compute::getServer, () -> {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("name", nameOrId);
            if (allTenants) {
                query.put("all_tenants", "True");
            }
            return compute.listServers(false, query).servers();
        }, compute::getServer);
    }

    /** A flavor by name or id (novaclient's flavors: the public ones are searched by name). */
    public static ObjectNode flavor(ComputeApi compute, String nameOrId) {
        return find("flavor", nameOrId, true, compute::novaFlavor, () -> compute.novaFlavors(false, Boolean.TRUE),
                compute::novaFlavor);
    }

    /**
     * A hypervisor by id or hypervisor_hostname (its NAME_ATTR): novaclient's find lists them in
     * detail, so a match is not fetched again.
     */
    public static ObjectNode hypervisor(ComputeApi compute, String nameOrId) {
        return find("hypervisor", nameOrId, true, compute::getHypervisor, () -> compute.hypervisors(Map.of()), null,
                "hypervisor_hostname");
    }

    private static ObjectNode find(String resource, String nameOrId, boolean integerRetry, Function<String, ObjectNode> get,
                                   Supplier<List<ObjectNode>> listByName, Function<String, ObjectNode> detail) {
        return find(resource, nameOrId, integerRetry, get, listByName, detail, "name");
    }

    private static ObjectNode find(String resource, String nameOrId, boolean integerRetry, Function<String, ObjectNode> get,
                                   Supplier<List<ObjectNode>> listByName, Function<String, ObjectNode> detail,
                                   String nameKey) {
        try {
            return get.apply(nameOrId);
        } catch (CommandException e) {
            // find_resource ignores any failure of the first get
        }
        if (integerRetry && !nameOrId.isEmpty() && nameOrId.chars().allMatch(Character::isDigit)) {
            try {
                return get.apply(new BigInteger(nameOrId).toString());
            } catch (ApiException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
            }
        }
        List<ObjectNode> matches = new ArrayList<>();
        try {
            for (ObjectNode item : listByName.get()) {
                if (nameOrId.equals(item.path(nameKey).asText(null))) {
                    // novaclient's findall fetches each match of a summary list in full
                    matches.add(detail == null ? item : detail.apply(item.path("id").asText()));
                }
            }
        } catch (ApiException e) {
            if (!e.isNotFound()) {
                throw e;
            }
        }
        if (matches.isEmpty()) {
            throw new CommandException("No " + resource + " with a name or ID of '" + nameOrId + "' exists.");
        }
        if (matches.size() > 1) {
            throw new CommandException("More than one " + resource + " exists with the name '" + nameOrId + "'.");
        }
        return matches.get(0);
    }
}
