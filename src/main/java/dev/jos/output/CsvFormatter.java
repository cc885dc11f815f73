package dev.jos.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** cliff's csv formatter: Python's csv.writer with {@code \n} line ends and {@code \} escapes. */
final class CsvFormatter implements ListFormatter {

    private static final List<String> QUOTE_MODES = List.of("all", "minimal", "none", "nonnumeric");

    static void checkQuoteMode(String mode) {
        if (!QUOTE_MODES.contains(mode)) {
            throw new IllegalArgumentException("invalid --quote " + mode + ", choose from "
                    + String.join(", ", QUOTE_MODES));
        }
    }

    @Override
    public void emitList(List<String> columns, List<List<Object>> rows, OutputOptions options,
            PrintWriter out) {
        PythonCsvWriter writer =
                new PythonCsvWriter(PythonCsvWriter.Quoting.of(options.quote()), out);
        writer.writeRow(new ArrayList<>(columns));
        for (List<Object> row : rows) {
            List<Object> fields = new ArrayList<>(row.size());
            for (Object value : row) {
                fields.add(value instanceof FormattedValue
                        ? PythonRepr.str(((FormattedValue) value).machine()) : value);
            }
            writer.writeRow(fields);
        }
    }
}
