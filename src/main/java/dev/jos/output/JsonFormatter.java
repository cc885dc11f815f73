package dev.jos.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** cliff's json formatter: an array of objects for lists, one object for shows. */
final class JsonFormatter implements ListFormatter, ShowFormatter {

    @Override
    public void emitList(List<String> columns, List<List<Object>> rows, OutputOptions options,
            PrintWriter out) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (List<Object> row : rows) {
            items.add(MachineValues.zip(columns, row));
        }
        out.print(PythonJson.dumps(items, indent(options)));
        out.print('\n');
    }

    @Override
    public void emitOne(List<String> fields, List<Object> values, OutputOptions options,
            PrintWriter out) {
        out.print(PythonJson.dumps(MachineValues.zip(fields, values), indent(options)));
        out.print('\n');
    }

    private static Integer indent(OutputOptions options) {
        return options.noindent() ? null : 2;
    }
}
