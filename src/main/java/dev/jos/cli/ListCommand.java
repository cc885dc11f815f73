package dev.jos.cli;

import dev.jos.output.Table;
import picocli.CommandLine.Mixin;

/** cliff's Lister: returns a table, printed with the list formatters. */
public abstract class ListCommand implements JosCommand {
    @Mixin
    public ListFormatOptions formatOptions = new ListFormatOptions();

    @Override
    public final CommandResult run(Invocation inv) throws Exception {
        return new CommandResult.Listing(list(inv));
    }

    protected abstract Table list(Invocation inv) throws Exception;
}
