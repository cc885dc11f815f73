package dev.jos.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The result of a show command (cliff's ShowOne): field names and their values, in order.
 * The names count as a Python tuple (as {@code zip(*sorted(info.items()))} gives) unless
 * {@link #withFieldsAsList()} says otherwise; it only shows in the {@code -c} error.
 */
public final class Record {

    private final List<String> fields;
    private final List<Object> values;
    private final boolean fieldsAreTuple;

    public Record(List<String> fields, List<?> values) {
        this(fields, values, true);
    }

    private Record(List<String> fields, List<?> values, boolean fieldsAreTuple) {
        this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
        this.values = Collections.unmodifiableList(new ArrayList<>(values));
        this.fieldsAreTuple = fieldsAreTuple;
    }

    public static Record of(List<String> fields, List<?> values) {
        return new Record(fields, values);
    }

    /**
     * Fields sorted by name, like OSC's {@code zip(*sorted(info.items()))} and cliff's
     * {@code ShowOne.dict2columns}.
     */
    public static Record fromMap(Map<String, ?> info) {
        List<String> names = new ArrayList<>(info.keySet());
        names.sort(PythonCompare::compareCodePoints);
        List<Object> values = new ArrayList<>(names.size());
        for (String name : names) {
            values.add(info.get(name));
        }
        return new Record(names, values);
    }

    /** The same record, its field names given as a Python list rather than a tuple. */
    public Record withFieldsAsList() {
        return new Record(fields, values, false);
    }

    public List<String> fields() {
        return fields;
    }

    public List<Object> values() {
        return values;
    }

    public boolean fieldsAreTuple() {
        return fieldsAreTuple;
    }
}
