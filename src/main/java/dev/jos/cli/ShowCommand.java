package dev.jos.cli;

import dev.jos.output.Record;
import picocli.CommandLine.Mixin;

/** cliff's ShowOne: returns one record, printed with the show formatters. */
public abstract class ShowCommand implements JosCommand {
    @Mixin
    public ShowFormatOptions formatOptions = new ShowFormatOptions();

    @Override
    public final CommandResult run(Invocation inv) throws Exception {
        Record record = show(inv);
        String text = textBefore();
        return text == null ? new CommandResult.Single(record) : new CommandResult.TextThenSingle(text, record);
    }

    /** What {@link #show} wrote to stdout itself, as a few OSC commands do; null for nothing. */
    protected String textBefore() {
        return null;
    }

    protected abstract Record show(Invocation inv) throws Exception;
}
