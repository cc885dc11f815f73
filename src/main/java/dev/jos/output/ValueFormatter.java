package dev.jos.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.StringJoiner;

/** cliff's value formatter: the str() of each machine value, space separated, a row per line. */
final class ValueFormatter implements ListFormatter, ShowFormatter {

    @Override
    public void emitList(List<String> columns, List<List<Object>> rows, OutputOptions options,
            PrintWriter out) {
        for (List<Object> row : rows) {
            StringJoiner line = new StringJoiner(" ", "", "\n");
            for (Object value : row) {
                line.add(PythonRepr.str(MachineValues.of(value)));
            }
            out.print(line);
        }
    }

    @Override
    public void emitOne(List<String> fields, List<Object> values, OutputOptions options,
            PrintWriter out) {
        for (Object value : values) {
            out.print(PythonRepr.str(MachineValues.of(value)) + "\n");
        }
    }
}
