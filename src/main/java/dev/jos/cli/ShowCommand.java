package dev.jos.cli;

import dev.jos.output.Record;
import picocli.CommandLine.Mixin;

/** cliff's ShowOne: returns one record, printed with the show formatters. */
public abstract class ShowCommand implements JosCommand {
    @Mixin
    public ShowFormatOptions formatOptions = new ShowFormatOptions();

    @Override
    public final CommandResult run(Invocation inv) throws Exception {
        return new CommandResult.Single(show(inv));
    }

    protected abstract Record show(Invocation inv) throws Exception;
}
