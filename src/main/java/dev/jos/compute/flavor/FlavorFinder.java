package dev.jos.compute.flavor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.compute.ComputeApi;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;

/**
 * openstacksdk's compute proxy find_flavor(name_or_id, ignore_missing=False): Resource.find's
 * GET by id (a 404 or 400 means "try it as a name"), then every page of the flavor list of
 * all visibilities, matched on id or name; with get_extra_specs, a flavor whose extra specs
 * came back empty has them fetched.
 */
final class FlavorFinder {
    private FlavorFinder() {
    }

    /** The flavor as openstacksdk's resource attributes (FlavorColumns.sdkFlavor). */
    static Map<String, Object> find(ComputeApi compute, String nameOrId, boolean getExtraSpecs) {
        Map<String, Object> flavor = FlavorColumns.sdkFlavor(findRaw(compute, nameOrId));
        if (getExtraSpecs && !FlavorColumns.hasExtraSpecs(flavor)) {
            flavor.put("extra_specs", new LinkedHashMap<String, Object>(compute.flavorExtraSpecs((String) flavor.get("id"))));
        }
        return flavor;
    }

    static ObjectNode findRaw(ComputeApi compute, String nameOrId) {
        try {
            return compute.getFlavor(nameOrId);
        } catch (ApiException e) {
            if (e.status() != 404 && e.status() != 400) {
                throw e;
            }
        }
        List<ObjectNode> match = new ArrayList<>(1);
        Map<String, String> query = new LinkedHashMap<>();
        // Flavor.list sends the ternary is_public as the string None: flavors of every visibility
        query.put("is_public", "None");
        compute.listFlavors(query, true, f -> {
            if (nameOrId.equals(FlavorColumns.id(f)) || nameOrId.equals(FlavorColumns.sdkFlavor(f).get("name"))) {
                if (!match.isEmpty()) {
                    throw new CommandException("More than one Flavor exists with the name '" + nameOrId + "'.");
                }
                match.add(f);
            }
        });
        if (match.isEmpty()) {
            throw new CommandException("No Flavor found for " + nameOrId);
        }
        return match.get(0);
    }
}
