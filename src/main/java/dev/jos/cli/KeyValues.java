package dev.jos.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.jos.session.CommandException;

/**
 * osc_lib's KeyValueAction for options like `--property key=value`, with its messages. Its
 * ArgumentTypeError is raised inside the action, where argparse does not turn it into a usage
 * error: OSC prints the bare message and exits 1 (checked against OSC 6.0).
 */
public final class KeyValues {
    private KeyValues() {
    }

    /** @param option the option the values came from (OSC's message does not name it) */
    public static Map<String, String> parse(String option, List<String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq < 0) {
                throw new CommandException("Expected 'key=value' type, but got: " + v);
            }
            if (eq == 0) {
                throw new CommandException("Property key must be specified: " + v);
            }
            out.put(v.substring(0, eq), v.substring(eq + 1));
        }
        return out;
    }
}
