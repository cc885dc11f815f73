package dev.jos.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** The output options cliff gives every list and show command (see cliff.display). */
public abstract class FormatOptions {
    /** Its choices are shown from {@link #formats()} (see {@link #choicesLabel()}), the one list of them. */
    @Option(names = {"-f", "--format"}, description = "the output format, defaults to table")
    String format = "table";

    @Option(names = {"-c", "--column"}, paramLabel = "COLUMN",
            description = "specify the column(s) to include, can be repeated to show multiple columns")
    List<String> columns = new ArrayList<>();

    @Option(names = "--noindent", description = "whether to disable indenting the JSON")
    boolean noindent;

    @Option(names = "--max-width", paramLabel = "<integer>",
            description = "Maximum display width, <1 to disable. You can also use the CLIFF_MAX_TERM_WIDTH environment variable, but the parameter takes precedence.")
    String maxWidth;

    @Option(names = "--fit-width",
            description = "Fit the table to the display width. Implied if --max-width greater than 0. Set the environment variable CLIFF_FIT_WIDTH=1 to always enable")
    boolean fitWidth;

    @Option(names = "--print-empty", description = "Print empty table if there is no data to show.")
    boolean printEmpty;

    /** The formats this kind of command offers, in argparse's order. */
    abstract List<String> formats();

    /** argparse's metavar for the choices: {csv,json,table,value,yaml}. */
    public String choicesLabel() {
        return "{" + String.join(",", formats()) + "}";
    }

    public String format() {
        return format;
    }

    public List<String> columns() {
        return columns;
    }

    public boolean noindent() {
        return noindent;
    }

    public boolean fitWidth() {
        return fitWidth;
    }

    public boolean printEmpty() {
        return printEmpty;
    }

    public String quote() {
        return "nonnumeric";
    }

    public String prefix() {
        return "";
    }

    public List<String> sortColumns() {
        return List.of();
    }

    public Boolean sortAscending() {
        return null;
    }

    /** argparse's checks that picocli does not make: the format choices and the int type. */
    /** The --max-width value, or null when it was not given (so CLIFF_MAX_TERM_WIDTH applies). */
    public Integer validatedMaxWidth() {
        if (!formats().contains(format)) {
            StringBuilder choices = new StringBuilder();
            for (String f : formats()) {
                choices.append(choices.length() == 0 ? "" : ", ").append('\'').append(f).append('\'');
            }
            throw new UsageException("argument -f/--format: invalid choice: '" + format + "' (choose from " + choices + ")");
        }
        if (maxWidth == null) {
            return null;
        }
        try {
            return Integer.parseInt(maxWidth.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("argument --max-width: invalid int value: '" + maxWidth + "'");
        }
    }
}
