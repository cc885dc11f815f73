package dev.jos.cli;

import dev.jos.output.Record;
import dev.jos.output.Table;

/** What a command hands back to the output layer; commands never print their data themselves. */
public sealed interface CommandResult {

    record Listing(Table table) implements CommandResult {
    }

    record Single(Record record) implements CommandResult {
    }

    /**
     * A ShowOne whose take_action writes text to stdout itself before returning its record
     * (OSC's keypair create prints a generated private key, keypair show --public-key the bare
     * key, each followed by an empty record).
     */
    record TextThenSingle(String text, Record record) implements CommandResult {
    }

    /**
     * A text document (a diagram, an export) written as it is made, so a large one is never
     * held whole; printed as it is, without cliff's formatters.
     */
    record Text(TextSource source) implements CommandResult {
    }

    /** Writes a document; called once, by the output layer. */
    @FunctionalInterface
    interface TextSource {
        void writeTo(java.io.Writer out) throws java.io.IOException;
    }

    /** Commands like `user delete` that print nothing when they succeed. */
    record Done() implements CommandResult {
    }

    static CommandResult done() {
        return new Done();
    }
}
