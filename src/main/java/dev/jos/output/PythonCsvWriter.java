package dev.jos.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Python 3.11's {@code csv.writer} with the dialect cliff uses: comma delimiter, double quote
 * (doubled inside quotes), backslash escape character and {@code \n} line terminator.
 */
final class PythonCsvWriter {

    enum Quoting {
        ALL, MINIMAL, NONE, NONNUMERIC;

        static Quoting of(String mode) {
            return valueOf(mode.toUpperCase(Locale.ROOT));
        }
    }

    private static final char DELIMITER = ',';
    private static final char QUOTE = '"';
    private static final char ESCAPE = '\\';
    private static final String LINE_TERMINATOR = "\n";

    private final Quoting quoting;
    private final PrintWriter out;

    PythonCsvWriter(Quoting quoting, PrintWriter out) {
        this.quoting = quoting;
        this.out = out;
    }

    void writeRow(List<?> fields) {
        StringBuilder record = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                record.append(DELIMITER);
            }
            Object field = fields.get(i);
            boolean quoted;
            switch (quoting) {
                case NONNUMERIC:
                    quoted = !isNumber(field);
                    break;
                case ALL:
                    quoted = true;
                    break;
                default:
                    quoted = false;
            }
            String text = field == null ? "" : PythonRepr.str(field);
            appendField(record, text, quoted);
        }
        if (fields.size() == 1 && record.length() == 0) {
            // a lone empty field must be quoted, or it would read back as an empty row
            if (quoting == Quoting.NONE) {
                throw new OutputException("single empty field record must be quoted");
            }
            record.append(QUOTE).append(QUOTE);
        }
        out.print(record.append(LINE_TERMINATOR));
    }

    /** PyNumber_Check: ints, floats and bools (an int in Python). */
    private static boolean isNumber(Object field) {
        return field instanceof Boolean || PythonRepr.isInteger(field) || PythonRepr.isFloat(field);
    }

    private void appendField(StringBuilder record, String text, boolean quoted) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean special = c == DELIMITER || c == ESCAPE || c == QUOTE
                    || LINE_TERMINATOR.indexOf(c) >= 0;
            if (special) {
                boolean escape;
                if (quoting == Quoting.NONE) {
                    escape = true;
                } else if (c == QUOTE) {
                    body.append(QUOTE); // doublequote
                    escape = false;
                } else {
                    escape = c == ESCAPE;
                }
                if (!escape) {
                    quoted = true;
                } else {
                    body.append(ESCAPE);
                }
            }
            body.append(c);
        }
        if (quoted) {
            record.append(QUOTE).append(body).append(QUOTE);
        } else {
            record.append(body);
        }
    }
}
