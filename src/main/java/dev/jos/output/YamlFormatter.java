package dev.jos.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * cliff's yaml formatter: one safe_dump of all rows for lists (so keys come out sorted), and for
 * shows one safe_dump per field.
 */
final class YamlFormatter implements ListFormatter, ShowFormatter {

    @Override
    public void emitList(List<String> columns, List<List<Object>> rows, OutputOptions options,
            PrintWriter out) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (List<Object> row : rows) {
            items.add(MachineValues.zip(columns, row));
        }
        out.print(PyYaml.safeDump(items));
    }

    @Override
    public void emitOne(List<String> fields, List<Object> values, OutputOptions options,
            PrintWriter out) {
        for (int i = 0; i < Math.min(fields.size(), values.size()); i++) {
            Map<String, Object> single = new LinkedHashMap<>();
            single.put(fields.get(i), MachineValues.of(values.get(i)));
            out.print(PyYaml.safeDump(single));
        }
    }
}
