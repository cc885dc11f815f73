package dev.jos.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** cliff.lister.Lister's options: the formatters of a list plus csv quoting and sorting. */
public class ListFormatOptions extends FormatOptions {
    @Option(names = "--quote", paramLabel = "{all,minimal,none,nonnumeric}",
            description = "when to include quotes, defaults to nonnumeric")
    String quote = "nonnumeric";

    @Option(names = "--sort-column", paramLabel = "SORT_COLUMN",
            description = "specify the column(s) to sort the data (columns specified first have a priority, non-existing columns are ignored), can be repeated")
    List<String> sortColumns = new ArrayList<>();

    @Option(names = "--sort-ascending", description = "sort the column(s) in ascending order")
    boolean ascending;

    @Option(names = "--sort-descending", description = "sort the column(s) in descending order")
    boolean descending;

    /** The two sort directions, a mutually exclusive group in cliff's Lister. */
    public static final List<String> SORT_DIRECTION = List.of("--sort-ascending", "--sort-descending");

    @Override
    List<String> formats() {
        return List.of("csv", "json", "table", "value", "yaml");
    }

    @Override
    public String quote() {
        return quote;
    }

    @Override
    public List<String> sortColumns() {
        return sortColumns;
    }

    @Override
    public Boolean sortAscending() {
        if (!ascending && !descending) {
            return null;
        }
        return !descending;
    }

    @Override
    public Integer validatedMaxWidth() {
        Integer w = super.validatedMaxWidth();
        if (!List.of("all", "minimal", "none", "nonnumeric").contains(quote)) {
            throw new UsageException("argument --quote: invalid choice: '" + quote
                    + "' (choose from 'all', 'minimal', 'none', 'nonnumeric')");
        }
        return w;
    }
}
