package dev.jos.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The result of a list command (cliff's Lister): column names and one row of values per item.
 *
 * <p>Two Python details of the command change cliff's output, so the table records them:
 * whether the column names were a tuple or a list (they are quoted in the {@code -c} error),
 * and whether the rows came from a generator (a sort that fails on unorderable values has then
 * used them up, and cliff prints nothing). OSC commands mostly use a tuple and a generator,
 * the defaults.
 */
public final class Table {

    private final List<String> columns;
    private final List<List<Object>> rows;
    private final boolean columnsAreTuple;
    private final boolean rowsAreGenerator;
    private final RuntimeException failure;

    public Table(List<String> columns, List<? extends List<?>> rows) {
        this(columns, rows, true, true, null);
    }

    private Table(List<String> columns, List<? extends List<?>> rows, boolean columnsAreTuple,
            boolean rowsAreGenerator, RuntimeException failure) {
        this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<?> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        this.rows = Collections.unmodifiableList(copy);
        this.columnsAreTuple = columnsAreTuple;
        this.rowsAreGenerator = rowsAreGenerator;
        this.failure = failure;
    }

    public static Table of(List<String> columns, List<? extends List<?>> rows) {
        return new Table(columns, rows);
    }

    /** The same table, its column names given as a Python list rather than a tuple. */
    public Table withColumnsAsList() {
        return new Table(columns, rows, false, rowsAreGenerator, failure);
    }

    /** The same table, its rows given as a Python list rather than a generator. */
    public Table withRowsAsList() {
        return new Table(columns, rows, columnsAreTuple, false, failure);
    }

    /**
     * The same table from a generator that raised {@code failure} after yielding these rows
     * (openstacksdk reads pages lazily): formatters that stream (csv, value) print the rows
     * before the error, those that collect first (table, json, yaml) or a sort print nothing.
     */
    public Table withFailureAfterRows(RuntimeException failure) {
        return new Table(columns, rows, columnsAreTuple, true, failure);
    }

    /** What the rows' generator raised after the last row, or null. */
    public RuntimeException failure() {
        return failure;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return rows;
    }

    public boolean columnsAreTuple() {
        return columnsAreTuple;
    }

    public boolean rowsAreGenerator() {
        return rowsAreGenerator;
    }
}
