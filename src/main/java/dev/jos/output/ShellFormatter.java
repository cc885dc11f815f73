package dev.jos.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** cliff's shell formatter: {@code prefix + name="value"} lines a shell can eval. */
final class ShellFormatter implements ShowFormatter {

    @Override
    public void emitOne(List<String> fields, List<Object> values, OutputOptions options,
            PrintWriter out) {
        List<String> wanted = options.variables();
        for (int i = 0; i < Math.min(fields.size(), values.size()); i++) {
            String name = fields.get(i).toLowerCase(Locale.ROOT).replace(' ', '_');
            // --variable matches before colons and dashes become underscores
            if (!wanted.isEmpty() && !wanted.contains(name)) {
                continue;
            }
            Object value = values.get(i);
            if (value instanceof FormattedValue) {
                value = PythonRepr.str(((FormattedValue) value).machine());
            }
            if (value instanceof String) {
                // only double quotes are escaped: $, ` and \ stay live, as in cliff
                value = ((String) value).replace("\"", "\\\"");
            }
            name = name.replace(':', '_').replace('-', '_');
            out.print(options.prefix() + name + "=\"" + PythonRepr.str(value) + "\"\n");
        }
    }
}
