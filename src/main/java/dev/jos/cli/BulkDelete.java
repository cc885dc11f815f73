package dev.jos.cli;

import java.util.List;
import java.util.function.Consumer;

import dev.jos.session.CommandException;

/**
 * OSC's delete loop: every item is tried, each failure is reported as it happens, and only
 * at the end does "N of M things failed to delete." make the command fail.
 */
public final class BulkDelete {
    private final Invocation inv;
    private final String singular;
    private final String plural;
    private final String identifiedBy;

    public BulkDelete(Invocation inv, String singular, String plural) {
        this(inv, singular, plural, "name or ID");
    }

    /** @param identifiedBy how the failure line names the item: "name or ID", or "name" (keypairs) */
    public BulkDelete(Invocation inv, String singular, String plural, String identifiedBy) {
        this.inv = inv;
        this.singular = singular;
        this.plural = plural;
        this.identifiedBy = identifiedBy;
    }

    public void run(List<String> items, Consumer<String> deleteOne) {
        int errors = 0;
        for (String item : items) {
            try {
                deleteOne.accept(item);
            } catch (RuntimeException e) {
                // as OSC's `except Exception`: whatever went wrong with one item is that
                // item's failure, and the next one is still tried
                errors++;
                inv.warn("Failed to delete " + singular + " with " + identifiedBy + " '" + item + "': " + reason(e));
            }
        }
        if (errors > 0) {
            throw new CommandException(errors + " of " + items.size() + " " + plural + " failed to delete.");
        }
    }

    /** The exception's message; never its class name, which means nothing to the user. */
    private static String reason(RuntimeException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "unexpected error" : m;
    }
}
