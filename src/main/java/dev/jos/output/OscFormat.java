package dev.jos.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The text helpers of {@code osc_lib.utils} that osc_lib's format columns print with. */
public final class OscFormat {

    private OscFormat() {
    }

    /**
     * {@code format_dict}: {@code key='value'} pairs sorted by key, nested dicts flattened to
     * {@code parent.key='value'}, None values as {@code key=}; null for a null dict.
     */
    public static String formatDict(Map<?, ?> data) {
        return formatDict(data, null);
    }

    private static String formatDict(Map<?, ?> data, String prefix) {
        if (data == null) {
            return null;
        }
        StringBuilder output = new StringBuilder();
        for (Object key : sortedKeys(data)) {
            String keyText = prefix == null || prefix.isEmpty()
                    ? PythonRepr.str(key) : prefix + "." + PythonRepr.str(key);
            Object value = data.get(key);
            if (value instanceof Map) {
                // an empty nested dict still leaves its ", " behind, as in osc_lib
                output.append(formatDict((Map<?, ?>) value, keyText)).append(", ");
            } else if (value != null) {
                output.append(keyText).append("='").append(PythonRepr.str(value)).append("', ");
            } else {
                output.append(keyText).append("=, ");
            }
        }
        // Python's output[:-2] on an empty string is still empty
        return output.length() >= 2 ? output.substring(0, output.length() - 2) : "";
    }

    /**
     * {@code format_dict_of_list}: {@code key=a, b} groups sorted by key, joined by "; ",
     * skipping None lists; null for a null dict.
     */
    public static String formatDictOfList(Map<?, ?> data) {
        if (data == null) {
            return null;
        }
        StringJoiner output = new StringJoiner("; ");
        for (Object key : sortedKeys(data)) {
            Object value = data.get(key);
            if (value == null) {
                continue;
            }
            output.add(PythonRepr.str(key) + "=" + formatList(asCollection(value)));
        }
        return output.toString();
    }

    /** {@code format_list}: the items sorted and joined by ", "; null for a null list. */
    public static String formatList(Collection<?> data) {
        return formatList(data, ", ");
    }

    /** {@code format_list} with another separator. */
    public static String formatList(Collection<?> data, String separator) {
        if (data == null) {
            return null;
        }
        List<Object> items = new ArrayList<>(data);
        PythonListSort.sort(items, PythonCompare::lessThan, false);
        StringJoiner output = new StringJoiner(separator);
        for (Object item : items) {
            output.add(PythonRepr.str(item));
        }
        return output.toString();
    }

    /** {@code format_list_of_dicts}: one {@link #formatDict} line per dict; null for null. */
    public static String formatListOfDicts(Collection<? extends Map<?, ?>> data) {
        if (data == null) {
            return null;
        }
        StringJoiner output = new StringJoiner("\n");
        for (Map<?, ?> item : data) {
            output.add(PythonRepr.str(formatDict(item)));
        }
        return output.toString();
    }

    private static List<Object> sortedKeys(Map<?, ?> data) {
        List<Object> keys = new ArrayList<>(data.keySet());
        PythonListSort.sort(keys, PythonCompare::lessThan, false);
        return keys;
    }

    private static Collection<?> asCollection(Object value) {
        if (value instanceof Collection) {
            return (Collection<?>) value;
        }
        // format_list(sorted(str)) would sort the characters of a string; keep that
        List<String> chars = new ArrayList<>();
        PythonRepr.str(value).codePoints()
                .forEach(cp -> chars.add(new String(Character.toChars(cp))));
        return chars;
    }
}
