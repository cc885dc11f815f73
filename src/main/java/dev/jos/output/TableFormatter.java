package dev.jos.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** cliff's table formatter: a prettytable, shrunk to the width asked for. */
final class TableFormatter implements ListFormatter, ShowFormatter {

    /** Lists overflow the console rather than wrap columns narrower than this. */
    private static final int LIST_MIN_WIDTH = 8;
    /** Shows keep the Field column readable. */
    private static final int SHOW_MIN_WIDTH = 16;

    @Override
    public void emitList(List<String> columns, List<List<Object>> rows, OutputOptions options,
            PrintWriter out) {
        PrettyTable table = new PrettyTable(columns, options.printEmpty());
        if (!rows.isEmpty()) {
            // cliff aligns each column by the type of its value in the first row
            List<Object> first = rows.get(0);
            for (int i = 0; i < Math.min(first.size(), columns.size()); i++) {
                table.setAlign(columns.get(i), alignmentOf(first.get(i)));
            }
            for (List<Object> row : rows) {
                table.addRow(formatRow(row));
            }
        }
        assignMaxWidths(table, options, LIST_MIN_WIDTH);
        out.print(table.getString());
        out.print('\n');
    }

    @Override
    public void emitOne(List<String> fields, List<Object> values, OutputOptions options,
            PrintWriter out) {
        PrettyTable table = new PrettyTable(List.of("Field", "Value"), false);
        table.setAlign("Field", PrettyTable.Align.LEFT);
        table.setAlign("Value", PrettyTable.Align.LEFT);
        for (int i = 0; i < Math.min(fields.size(), values.size()); i++) {
            List<Object> pair = new ArrayList<>();
            pair.add(fields.get(i));
            pair.add(values.get(i));
            table.addRow(formatRow(pair));
        }
        assignMaxWidths(table, options, SHOW_MIN_WIDTH);
        out.print(table.getString());
        out.print('\n');
    }

    /** Python's type(value): int and float right, everything else (bool too) left. */
    private static PrettyTable.Align alignmentOf(Object value) {
        return PythonRepr.isInteger(value) || PythonRepr.isFloat(value)
                ? PrettyTable.Align.RIGHT : PrettyTable.Align.LEFT;
    }

    /** cliff's {@code _format_row}: human form, CR LF to LF, lone CR to a space; then str(). */
    private static List<String> formatRow(List<Object> row) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object value : row) {
            Object cell = value instanceof FormattedValue
                    ? ((FormattedValue) value).human() : value;
            if (cell instanceof String) {
                cell = ((String) cell).replace("\r\n", "\n").replace('\r', ' ');
            }
            cells.add(PythonRepr.str(cell));
        }
        return cells;
    }

    /** cliff's {@code _assign_max_widths}. */
    private static void assignMaxWidths(PrettyTable table, OutputOptions options, int minWidth) {
        int maxWidth = options.effectiveMaxWidth();
        int termWidth;
        if (maxWidth > 0) {
            termWidth = maxWidth;
        } else if (!options.effectiveFitWidth()) {
            return;
        } else {
            Integer terminal = options.terminalWidth();
            if (terminal == null || terminal == 0) {
                return; // not a tty
            }
            termWidth = terminal;
        }
        // cliff renders the table and measures its first line, the all-ASCII top border
        String firstLine = table.firstLine();
        if (firstLine.isEmpty() || firstLine.length() <= termWidth) {
            return;
        }
        List<String> names = table.fieldNames();
        int fieldCount = names.size();
        int usableTotalWidth = Math.max(0, termWidth - 1 - 3 * fieldCount);
        int optimalWidth = fieldCount == 0 ? 0 : Math.max(0, usableTotalWidth / fieldCount);

        String[] segments = firstLine.split("\\+", -1);
        List<String> shrinkFields = new ArrayList<>();
        int shrinkRemaining = usableTotalWidth;
        for (int i = 0; i < fieldCount; i++) {
            int width = Math.max(0, segments[i + 1].length() - 2);
            if (width <= optimalWidth) {
                shrinkRemaining -= width; // leave alone columns narrower than the optimum
            } else {
                shrinkFields.add(names.get(i));
            }
        }
        if (shrinkFields.isEmpty()) {
            throw new OutputException("integer division or modulo by zero");
        }
        int shrinkTo = Math.floorDiv(shrinkRemaining, shrinkFields.size());
        for (String field : shrinkFields.subList(0, shrinkFields.size() - 1)) {
            table.setMaxWidth(field, Math.max(minWidth, shrinkTo));
            shrinkRemaining -= shrinkTo;
        }
        table.setMaxWidth(shrinkFields.get(shrinkFields.size() - 1),
                Math.max(minWidth, shrinkRemaining));
    }
}
