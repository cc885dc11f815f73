package dev.jos.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * cliff's output options, immutable; build with {@link #builder()}.
 *
 * <p>The environment is passed in explicitly: cliff reads {@code CLIFF_MAX_TERM_WIDTH} and
 * {@code CLIFF_FIT_WIDTH} as the defaults of {@code --max-width} and {@code --fit-width}.
 */
public final class OutputOptions {

    public static final String ENV_MAX_TERM_WIDTH = "CLIFF_MAX_TERM_WIDTH";
    public static final String ENV_FIT_WIDTH = "CLIFF_FIT_WIDTH";

    private final String format;
    private final List<String> columns;
    private final Integer maxWidth;
    private final boolean fitWidth;
    private final boolean printEmpty;
    private final boolean noindent;
    private final String quote;
    private final String prefix;
    private final List<String> variables;
    private final List<String> sortColumns;
    private final boolean sortDescending;
    private final Integer terminalWidth;
    private final String envMaxTermWidth;
    private final String envFitWidth;

    private OutputOptions(Builder b) {
        this.format = b.format;
        this.columns = Collections.unmodifiableList(new ArrayList<>(b.columns));
        this.maxWidth = b.maxWidth;
        this.fitWidth = b.fitWidth;
        this.printEmpty = b.printEmpty;
        this.noindent = b.noindent;
        this.quote = b.quote;
        this.prefix = b.prefix;
        this.variables = Collections.unmodifiableList(new ArrayList<>(b.variables));
        this.sortColumns = Collections.unmodifiableList(new ArrayList<>(b.sortColumns));
        this.sortDescending = b.sortDescending;
        this.terminalWidth = b.terminalWidth;
        this.envMaxTermWidth = b.envMaxTermWidth;
        this.envFitWidth = b.envFitWidth;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code -f/--format}: table, json, yaml, value, csv (lists) or shell (shows). */
    public String format() {
        return format;
    }

    /** {@code -c/--column} names, in the order given. */
    public List<String> columns() {
        return columns;
    }

    /** {@code --max-width}, or null when the flag was not given. */
    public Integer maxWidth() {
        return maxWidth;
    }

    /** {@code --fit-width} was given. */
    public boolean fitWidth() {
        return fitWidth;
    }

    public boolean printEmpty() {
        return printEmpty;
    }

    public boolean noindent() {
        return noindent;
    }

    /** {@code --quote}: all, minimal, none or nonnumeric. */
    public String quote() {
        return quote;
    }

    /** {@code --prefix} of the shell format. */
    public String prefix() {
        return prefix;
    }

    /** The shell format's hidden {@code --variable} names; empty means all. */
    public List<String> variables() {
        return variables;
    }

    /** {@code --sort-column} names, in the order given. */
    public List<String> sortColumns() {
        return sortColumns;
    }

    /** {@code --sort-descending} was given. */
    public boolean sortDescending() {
        return sortDescending;
    }

    /** Columns of the terminal stdout is, or null when stdout is not a terminal. */
    public Integer terminalWidth() {
        return terminalWidth;
    }

    /**
     * The maximum table width cliff uses: {@code --max-width}, else {@code CLIFF_MAX_TERM_WIDTH},
     * else 0. cliff parses the variable even when the flag is given, so a bad value always fails.
     *
     * @throws OutputException with Python's int() error for a malformed variable
     */
    public int effectiveMaxWidth() {
        int fromEnv = envMaxTermWidth == null ? 0 : PythonInt.parse(envMaxTermWidth);
        return maxWidth != null ? maxWidth : fromEnv;
    }

    /**
     * Whether cliff fits the table to the terminal: {@code --fit-width}, or
     * {@code CLIFF_FIT_WIDTH} set to a non-zero integer.
     *
     * @throws OutputException with Python's int() error for a malformed variable
     */
    public boolean effectiveFitWidth() {
        boolean fromEnv = envFitWidth != null && PythonInt.parse(envFitWidth) != 0;
        return fitWidth || fromEnv;
    }

    /** Builder with cliff's defaults: table format, csv quoting nonnumeric, no prefix. */
    public static final class Builder {

        private String format = "table";
        private final List<String> columns = new ArrayList<>();
        private Integer maxWidth;
        private boolean fitWidth;
        private boolean printEmpty;
        private boolean noindent;
        private String quote = "nonnumeric";
        private String prefix = "";
        private final List<String> variables = new ArrayList<>();
        private final List<String> sortColumns = new ArrayList<>();
        private boolean sortAscending;
        private boolean sortDescending;
        private Integer terminalWidth;
        private String envMaxTermWidth;
        private String envFitWidth;

        private Builder() {
        }

        public Builder format(String value) {
            this.format = Objects.requireNonNull(value, "format");
            return this;
        }

        public Builder columns(List<String> names) {
            columns.clear();
            columns.addAll(names);
            return this;
        }

        public Builder column(String name) {
            columns.add(Objects.requireNonNull(name, "column"));
            return this;
        }

        /** {@code --max-width}; null when absent, 0 or less disables it. */
        public Builder maxWidth(Integer value) {
            this.maxWidth = value;
            return this;
        }

        public Builder fitWidth(boolean value) {
            this.fitWidth = value;
            return this;
        }

        public Builder printEmpty(boolean value) {
            this.printEmpty = value;
            return this;
        }

        public Builder noindent(boolean value) {
            this.noindent = value;
            return this;
        }

        public Builder quote(String value) {
            CsvFormatter.checkQuoteMode(value);
            this.quote = value;
            return this;
        }

        public Builder prefix(String value) {
            this.prefix = Objects.requireNonNull(value, "prefix");
            return this;
        }

        public Builder variables(List<String> names) {
            variables.clear();
            variables.addAll(names);
            return this;
        }

        public Builder sortColumns(List<String> names) {
            sortColumns.clear();
            sortColumns.addAll(names);
            return this;
        }

        public Builder sortColumn(String name) {
            sortColumns.add(Objects.requireNonNull(name, "sortColumn"));
            return this;
        }

        public Builder sortAscending(boolean value) {
            this.sortAscending = value;
            return this;
        }

        public Builder sortDescending(boolean value) {
            this.sortDescending = value;
            return this;
        }

        public Builder terminalWidth(Integer columns) {
            this.terminalWidth = columns;
            return this;
        }

        /** Takes cliff's variables from an environment map, such as the process environment. */
        public Builder environment(Map<String, String> env) {
            this.envMaxTermWidth = env.get(ENV_MAX_TERM_WIDTH);
            this.envFitWidth = env.get(ENV_FIT_WIDTH);
            return this;
        }

        public OutputOptions build() {
            if (sortAscending && sortDescending) {
                // argparse's mutually exclusive group refuses both
                throw new IllegalArgumentException(
                        "--sort-ascending and --sort-descending are mutually exclusive");
            }
            return new OutputOptions(this);
        }
    }
}
