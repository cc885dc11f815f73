package dev.jos.session.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the region of a cloud (loader.py:_get_region, _get_known_regions, _expand_regions): a
 * cloud listing regions accepts only those, and without a region asked for takes the first.
 */
final class RegionSelector {

    record Region(String name, Map<String, Object> values) {
    }

    private RegionSelector() {
    }

    /** @param cloud the raw settings of the named cloud, or null when no cloud is named */
    static Region select(String cloudName, Map<String, Object> cloud, String regionName) throws ConfigException {
        String wanted = regionName == null ? "" : regionName;
        if (cloudName == null || cloudName.isEmpty() || cloud == null) {
            return new Region(wanted, new LinkedHashMap<>());
        }
        List<Region> regions = knownRegions(Dicts.normalizeKeys(cloud));
        if (regions.isEmpty()) {
            return new Region(wanted, new LinkedHashMap<>());
        }
        if (wanted.isEmpty()) {
            return regions.get(0);
        }
        for (Region region : regions) {
            if (region.name().equals(wanted)) {
                return region;
            }
        }
        List<String> names = regions.stream().map(Region::name).toList();
        throw new ConfigException("Region " + wanted + " is not a valid region name for cloud " + cloudName
                + ". Valid choices are " + String.join(",", names)
                + ". Please note that region names are case sensitive.");
    }

    // TODO(vendor profiles): without "regions"/"region_name" openstacksdk also asks the cloud's
    // vendor profile for regions; jos does not ship vendor profiles.
    private static List<Region> knownRegions(Map<String, Object> config) throws ConfigException {
        List<Object> entries = new ArrayList<>();
        if (config.containsKey("regions")) {
            Object regions = config.get("regions");
            if (regions instanceof List<?> list) {
                entries.addAll(list);
            }
        } else if (config.containsKey("region_name")) {
            Object names = config.get("region_name");
            if (names instanceof List<?> list) {
                entries.addAll(list);
            } else if (names != null) {
                // Comma separated lists are deprecated but still split
                entries.addAll(List.of(Dicts.str(names).split(",", -1)));
            }
        }
        List<Region> out = new ArrayList<>();
        for (Object entry : entries) {
            Map<String, Object> region = Dicts.map(entry);
            if (region == null) {
                out.add(new Region(Dicts.str(entry), new LinkedHashMap<>()));
                continue;
            }
            if (!region.containsKey("name") || !Set.of("name", "values").containsAll(region.keySet())) {
                throw new ConfigException("Invalid region entry at: " + PythonRepr.of(region));
            }
            Map<String, Object> values = Dicts.map(region.get("values"));
            out.add(new Region(Dicts.str(region.get("name")),
                    values == null ? new LinkedHashMap<>() : Dicts.deepCopy(values)));
        }
        return out;
    }
}
