package dev.jos.identity.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.output.Record;
import picocli.CommandLine.Parameters;

public class CatalogShow extends ShowCommand {
    @Parameters(paramLabel = "<service>", description = "Service to display (type or name)")
    String service;

    @Override
    @SuppressWarnings("unchecked")
    protected Record show(Invocation inv) {
        JsonNode catalog = inv.identity().token().catalog().raw();
        if (catalog != null) {
            for (JsonNode s : catalog) {
                if (service.equals(s.path("name").asText(null)) || service.equals(s.path("type").asText(null))) {
                    TreeMap<String, Object> data = new TreeMap<>((Map<String, Object>) JsonRows.value(s));
                    data.put("endpoints", new EndpointsColumn((List<Object>) data.get("endpoints")));
                    data.remove("links");
                    return new Record(new ArrayList<>(data.keySet()), new ArrayList<>(data.values()));
                }
            }
        }
        // OSC logs the miss (its message ends in a newline of its own) and shows an empty record
        inv.warn("service " + service + " not found\n");
        return new Record(List.of(), List.of());
    }
}
