package dev.jos.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Prints command results exactly as cliff's {@code Lister.produce_output} and
 * {@code ShowOne.produce_output} do: sort, select columns, then format.
 */
public final class OutputPrinter {

    private static final Map<String, ListFormatter> LIST_FORMATTERS = Map.of(
            "csv", new CsvFormatter(),
            "json", new JsonFormatter(),
            "table", new TableFormatter(),
            "value", new ValueFormatter(),
            "yaml", new YamlFormatter());

    private static final Map<String, ShowFormatter> SHOW_FORMATTERS = Map.of(
            "json", new JsonFormatter(),
            "shell", new ShellFormatter(),
            "table", new TableFormatter(),
            "value", new ValueFormatter(),
            "yaml", new YamlFormatter());

    private final Consumer<String> warnings;

    /** A printer that drops cliff's log warnings. */
    public OutputPrinter() {
        this(message -> { });
    }

    /** @param warnings receives what cliff logs at WARNING level (an unsortable column) */
    public OutputPrinter(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** The {@code -f} choices of list commands, sorted as cliff lists them. */
    public static List<String> listFormats() {
        return sortedNames(LIST_FORMATTERS);
    }

    /** The {@code -f} choices of show commands, sorted as cliff lists them. */
    public static List<String> showFormats() {
        return sortedNames(SHOW_FORMATTERS);
    }

    /**
     * @throws OutputException where cliff raises (no {@code -c} name matches, a malformed
     *                         CLIFF_* variable, ...); output written before stays written
     * @throws IllegalArgumentException for a format lists do not have
     */
    public void printList(Table table, OutputOptions options, PrintWriter out) {
        ListFormatter formatter = formatter(LIST_FORMATTERS, options.format());
        validateEnvironment(options);
        RuntimeException failure = table.failure();
        if (failure != null && options.sortColumns().stream().anyMatch(table.columns()::contains)) {
            // cliff's sorted() drains the generator before anything is printed
            throw failure;
        }
        List<List<Object>> rows = RowSorter.sort(table, options, warnings);
        ColumnSelection selection = ColumnSelection.of(
                table.columns(), options.columns(), table.columnsAreTuple());
        List<List<Object>> selected = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            selected.add(selection.select(row));
        }
        if (failure != null && !STREAMING_FORMATS.contains(options.format())) {
            throw failure;
        }
        try {
            formatter.emitList(selection.columns(), selected, options, out);
        } finally {
            out.flush();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The list formatters that write each row as they take it from the generator. */
    private static final java.util.Set<String> STREAMING_FORMATS = java.util.Set.of("csv", "value");

    /**
     * @throws OutputException where cliff raises; output written before stays written
     * @throws IllegalArgumentException for a format shows do not have
     */
    public void printShow(Record record, OutputOptions options, PrintWriter out) {
        ShowFormatter formatter = formatter(SHOW_FORMATTERS, options.format());
        validateEnvironment(options);
        ColumnSelection selection = ColumnSelection.of(
                record.fields(), options.columns(), record.fieldsAreTuple());
        try {
            formatter.emitOne(selection.columns(), selection.select(record.values()), options, out);
        } finally {
            out.flush();
        }
    }

    /** cliff parses its variables whenever it builds a display command's parser. */
    private static void validateEnvironment(OutputOptions options) {
        options.effectiveMaxWidth();
        options.effectiveFitWidth();
    }

    private static <F> F formatter(Map<String, F> formatters, String format) {
        F formatter = formatters.get(format);
        if (formatter == null) {
            throw new IllegalArgumentException("invalid choice: '" + format + "' (choose from "
                    + String.join(", ", sortedNames(formatters)) + ")");
        }
        return formatter;
    }

    private static List<String> sortedNames(Map<String, ?> formatters) {
        List<String> names = new ArrayList<>(formatters.keySet());
        names.sort(null);
        return List.copyOf(names);
    }
}
