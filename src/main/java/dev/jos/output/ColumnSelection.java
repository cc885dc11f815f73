package dev.jos.output;

import java.util.ArrayList;
import java.util.List;

/**
 * cliff's {@code _generate_columns_and_selector}: {@code -c} keeps the matching columns in the
 * command's order (not the order of the options), ignoring names that match nothing.
 */
final class ColumnSelection {

    private final List<String> included;
    private final boolean[] selector;

    private ColumnSelection(List<String> included, boolean[] selector) {
        this.included = included;
        this.selector = selector;
    }

    /**
     * @param columnsAreTuple whether the command's names are a Python tuple, which shows in the
     *                        error message
     * @throws OutputException cliff's ValueError when {@code -c} was given and none matched
     */
    static ColumnSelection of(List<String> columns, List<String> wanted, boolean columnsAreTuple) {
        if (wanted.isEmpty()) {
            return new ColumnSelection(columns, null);
        }
        List<String> included = new ArrayList<>();
        boolean[] selector = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            if (wanted.contains(columns.get(i))) {
                included.add(columns.get(i));
                selector[i] = true;
            }
        }
        if (included.isEmpty()) {
            throw new OutputException("No recognized column names in " + PythonRepr.repr(wanted)
                    + ". Recognized columns are " + sequenceRepr(columns, columnsAreTuple) + ".");
        }
        return new ColumnSelection(included, selector);
    }

    private static String sequenceRepr(List<String> names, boolean tuple) {
        String list = PythonRepr.repr(names);
        if (!tuple) {
            return list;
        }
        String body = list.substring(1, list.length() - 1);
        return "(" + body + (names.size() == 1 ? ",)" : ")");
    }

    List<String> columns() {
        return included;
    }

    /** itertools.compress: the selected values, stopping at the shorter of row and selector. */
    List<Object> select(List<Object> values) {
        if (selector == null) {
            return values;
        }
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < Math.min(values.size(), selector.length); i++) {
            if (selector[i]) {
                kept.add(values.get(i));
            }
        }
        return kept;
    }
}
