package dev.jos.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fixture of src/test/resources/cliff-golden/cases.json, decoded into the values jos would
 * hand the output engine; generate.py decodes the same file into Python values for cliff.
 */
final class GoldenCase {

    static final String ROOT = "/cliff-golden/";
    private static final List<String> LIST_FORMATS = List.of("table", "json", "yaml", "value", "csv");
    private static final List<String> SHOW_FORMATS = List.of("table", "json", "yaml", "value", "shell");

    final String name;
    final boolean list;
    final JsonNode json;

    private GoldenCase(JsonNode json) {
        this.json = json;
        this.name = json.get("name").asText();
        this.list = json.get("kind").asText().equals("list");
    }

    static List<GoldenCase> load() {
        try (InputStream in = GoldenCase.class.getResourceAsStream(ROOT + "cases.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<GoldenCase> cases = new ArrayList<>();
            for (JsonNode node : root.get("cases")) {
                cases.add(new GoldenCase(node));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> formats() {
        if (!json.has("formats")) {
            return list ? LIST_FORMATS : SHOW_FORMATS;
        }
        List<String> formats = new ArrayList<>();
        json.get("formats").forEach(f -> formats.add(f.asText()));
        return formats;
    }

    Table table() {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode row : json.get("rows")) {
            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) decode(row);
            rows.add(values);
        }
        Table table = Table.of(strings(json.get("columns")), rows);
        if (!json.path("columnsTuple").asBoolean(true)) {
            table = table.withColumnsAsList();
        }
        if (!json.path("rowsGenerator").asBoolean(true)) {
            table = table.withRowsAsList();
        }
        return table;
    }

    Record record() {
        Record record = Record.of(strings(json.get("columns")), (List<?>) decode(json.get("values")));
        return json.path("columnsTuple").asBoolean(true) ? record : record.withFieldsAsList();
    }

    OutputOptions options(String format) {
        JsonNode o = json.path("options");
        OutputOptions.Builder b = OutputOptions.builder().format(format);
        if (o.has("columns")) {
            b.columns(strings(o.get("columns")));
        }
        if (o.hasNonNull("maxWidth")) {
            b.maxWidth(o.get("maxWidth").asInt());
        }
        b.fitWidth(o.path("fitWidth").asBoolean(false));
        b.printEmpty(o.path("printEmpty").asBoolean(false));
        b.noindent(o.path("noindent").asBoolean(false));
        if (o.has("quote")) {
            b.quote(o.get("quote").asText());
        }
        if (o.has("prefix")) {
            b.prefix(o.get("prefix").asText());
        }
        if (o.has("variables")) {
            b.variables(strings(o.get("variables")));
        }
        if (o.has("sortColumns")) {
            b.sortColumns(strings(o.get("sortColumns")));
        }
        String direction = o.path("sortDirection").asText("");
        b.sortAscending(direction.equals("asc"));
        b.sortDescending(direction.equals("desc"));
        if (o.hasNonNull("terminalWidth")) {
            b.terminalWidth(o.get("terminalWidth").asInt());
        }
        Map<String, String> env = new LinkedHashMap<>();
        o.path("env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        b.environment(env);
        return b.build();
    }

    /** The file generate.py wrote for this case and format, or null when there is none. */
    String expected(String format, String suffix) {
        String path = ROOT + "expected/" + name + "." + format + "." + suffix;
        try (InputStream in = GoldenCase.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The same special forms generate.py's decode() understands. */
    static Object decode(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isLong()) {
            return node.longValue();
        }
        if (node.isBigInteger()) {
            return node.bigIntegerValue();
        }
        if (node.isFloatingPointNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(decode(n)));
            return list;
        }
        if (node.has("$col")) {
            return column(node.get("$col").asText(), decode(node.get("value")));
        }
        if (node.has("$float")) {
            switch (node.get("$float").asText()) {
                case "nan": return Double.NaN;
                case "inf": return Double.POSITIVE_INFINITY;
                default: return Double.NEGATIVE_INFINITY;
            }
        }
        Map<Object, Object> map = new LinkedHashMap<>();
        if (node.has("$dict")) {
            node.get("$dict").forEach(pair -> map.put(decode(pair.get(0)), decode(pair.get(1))));
        } else {
            node.fields().forEachRemaining(e -> map.put(e.getKey(), decode(e.getValue())));
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static FormattedValue column(String kind, Object value) {
        switch (kind) {
            case "DictColumn": return new DictColumn((Map<?, ?>) value);
            case "DictListColumn": return new DictListColumn((Map<?, ?>) value);
            case "ListColumn": return new ListColumn((List<?>) value);
            case "ListDictColumn": return new ListDictColumn((List<? extends Map<?, ?>>) value);
            default: throw new IllegalArgumentException("unknown column kind " + kind);
        }
    }
}
