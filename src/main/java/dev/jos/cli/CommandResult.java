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

    /** Commands like `user delete` that print nothing when they succeed. */
    record Done() implements CommandResult {
    }

    static CommandResult done() {
        return new Done();
    }
}
