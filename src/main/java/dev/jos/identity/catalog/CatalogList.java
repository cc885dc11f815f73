package dev.jos.identity.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ListCommand;
import dev.jos.output.Table;

public class CatalogList extends ListCommand {

    @Override
    @SuppressWarnings("unchecked")
    protected Table list(Invocation inv) {
        List<List<Object>> rows = new ArrayList<>();
        JsonNode catalog = inv.identity().token().catalog().raw();
        if (catalog != null) {
            for (JsonNode service : catalog) {
                Map<String, Object> s = (Map<String, Object>) JsonRows.value(service);
                List<Object> row = new ArrayList<>();
                row.add(s.getOrDefault("name", ""));
                row.add(s.getOrDefault("type", ""));
                row.add(s.containsKey("endpoints") ? new EndpointsColumn((List<Object>) s.get("endpoints")) : "");
                rows.add(row);
            }
        }
        return new Table(List.of("Name", "Type", "Endpoints"), rows);
    }
}
