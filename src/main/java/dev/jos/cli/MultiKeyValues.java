package dev.jos.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.jos.session.CommandException;

/**
 * osc_lib's MultiKeyValueAction (--ephemeral size=1,format=ext4, --allocation-pool
 * start=a,end=b), with its messages (cliff prints them and exits 1).
 */
public final class MultiKeyValues {
    private MultiKeyValues() {
    }

    public static Map<String, String> parse(String values, List<String> required, List<String> optional) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String kv : values.split(",", -1)) {
            int eq = kv.indexOf('=');
            if (eq < 0) {
                throw new CommandException("Expected comma separated 'key=value' pairs, but got: " + kv);
            }
            if (eq == 0) {
                throw new CommandException("Each property key must be specified: " + kv);
            }
            params.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        validate(params, required, optional);
        return params;
    }

    private static void validate(Map<String, String> params, List<String> required, List<String> optional) {
        List<String> valid = new ArrayList<>(required);
        valid.addAll(optional);
        // osc_lib joins Python sets here, whose order varies from run to run
        List<String> invalid = params.keySet().stream().filter(k -> !valid.contains(k)).toList();
        // no keys declared: osc_lib checks none
        if (!valid.isEmpty() && !invalid.isEmpty()) {
            throw new CommandException("Invalid keys " + String.join(", ", invalid) + " specified.\nValid keys are: "
                    + String.join(", ", valid));
        }
        List<String> missing = required.stream().filter(k -> !params.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new CommandException("Missing required keys " + String.join(", ", missing) + ".\nRequired keys are: "
                    + String.join(", ", required));
        }
    }

    /**
     * osc_lib's MultiKeyValueCommaAction (--extra-dhcp-option name=a,value=b,c): an item without
     * '=' belongs to the previous key's value.
     */
    public static Map<String, String> parseComma(String values, List<String> required, List<String> optional) {
        Map<String, String> params = new LinkedHashMap<>();
        String key = null;
        for (String kv : values.split(",", -1)) {
            int eq = kv.indexOf('=');
            if (eq == 0) {
                throw new CommandException("A key must be specified before '=': " + kv);
            }
            if (eq > 0) {
                key = kv.substring(0, eq);
                params.put(key, kv.substring(eq + 1));
            } else if (key != null) {
                params.put(key, params.get(key) + "," + kv);
            } else {
                throw new CommandException("A key=value pair is required: " + kv);
            }
        }
        validate(params, required, optional);
        return params;
    }

    /** Each value of a repeated option, with only required keys. */
    public static List<Map<String, String>> parseAll(List<String> values, List<String> required) {
        List<Map<String, String>> out = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> out.add(parse(v, required, List.of())));
        }
        return out;
    }
}
