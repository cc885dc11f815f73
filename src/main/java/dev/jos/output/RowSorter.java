package dev.jos.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * cliff's Lister sorting for {@code --sort-column}: one stable sort per known column, last
 * column first, None values last; a column Python cannot order is skipped with a warning.
 */
final class RowSorter {

    private RowSorter() {
    }

    static List<List<Object>> sort(Table table, OutputOptions options, Consumer<String> warnings) {
        List<String> columns = table.columns();
        List<String> sortColumns = options.sortColumns();
        List<List<Object>> rows = table.rows();
        if (sortColumns.isEmpty()) {
            return rows;
        }
        List<Integer> indexes = new ArrayList<>();
        for (String name : sortColumns) {
            if (columns.contains(name)) {
                indexes.add(columns.indexOf(name));
            }
        }
        boolean generator = table.rowsAreGenerator();
        for (int k = indexes.size() - 1; k >= 0; k--) {
            int index = indexes.get(k);
            try {
                rows = sorted(rows, index, options.sortDescending());
                generator = false; // sorted() returned a list
            } catch (PythonCompare.UnorderableException e) {
                if (generator) {
                    rows = Collections.emptyList(); // sorted() used the generator up
                }
                // cliff looks the column up by its index among the columns in --sort-column
                if (index >= sortColumns.size()) {
                    throw new OutputException("list index out of range");
                }
                warnings.accept("Could not sort on field '" + sortColumns.get(index)
                        + "'; unsortable types");
            }
        }
        return rows;
    }

    private static List<List<Object>> sorted(List<List<Object>> rows, int index, boolean reverse) {
        List<List<Object>> copy = new ArrayList<>(rows);
        // rows shorter than the column would raise IndexError in cliff; they sort as None here
        PythonListSort.sort(copy, (a, b) -> PythonCompare.sortKeyLess(
                index < a.size() ? a.get(index) : null, index < b.size() ? b.get(index) : null),
                reverse);
        return copy;
    }
}
