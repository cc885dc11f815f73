package dev.jos.cli;

import dev.jos.Context;
import dev.jos.output.OutputOptions;
import dev.jos.output.OutputPrinter;
import dev.jos.output.Table;

/** The shared output layer: a command's result through cliff's formatters onto stdout. */
public final class ResultPrinter {
    private final Context ctx;

    public ResultPrinter(Context ctx) {
        this.ctx = ctx;
    }

    public void print(CommandResult result, FormatOptions f, Integer maxWidth) {
        if (result instanceof CommandResult.Listing l) {
            new OutputPrinter().printList(l.table(), options(f, maxWidth), ctx.out());
        } else if (result instanceof CommandResult.Single s) {
            new OutputPrinter().printShow(s.record(), options(f, maxWidth), ctx.out());
        } else if (result instanceof CommandResult.TextThenSingle t) {
            ctx.out().print(t.text());
            ctx.out().flush();
            new OutputPrinter().printShow(t.record(), options(f, maxWidth), ctx.out());
        } else if (result instanceof CommandResult.Text t) {
            try {
                t.source().writeTo(ctx.out());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        ctx.out().flush();
    }

    /** A plain table, as OSC prints its --timing report. */
    public void printTable(Table t) {
        printTable(t, "table");
    }

    /** A list in the given cliff format ("table", "csv", ...), with default options otherwise. */
    public void printTable(Table t, String format) {
        new OutputPrinter().printList(t, OutputOptions.builder().environment(ctx.env()).format(format).build(), ctx.out());
        ctx.out().flush();
    }

    private OutputOptions options(FormatOptions f, Integer maxWidth) {
        // cliff asks the terminal's size only when fitting; the engine decides the rest
        boolean fit = f.fitWidth() || ctx.env().containsKey("CLIFF_FIT_WIDTH");
        OutputOptions.Builder b = OutputOptions.builder();
        if (f.sortAscending() != null) {
            b.sortDescending(!f.sortAscending());
        }
        return b
                .format(f.format())
                .columns(f.columns())
                .maxWidth(maxWidth)
                .fitWidth(f.fitWidth())
                .printEmpty(f.printEmpty())
                .noindent(f.noindent())
                .quote(f.quote())
                .prefix(f.prefix())
                .sortColumns(f.sortColumns())
                .terminalWidth(fit && ctx.interactiveTerminal() ? ctx.tty().columns() : null)
                .environment(ctx.env())
                .build();
    }
}
