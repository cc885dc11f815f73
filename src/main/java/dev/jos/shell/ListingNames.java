package dev.jos.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.jos.Context;
import dev.jos.cli.CloudRuntime;
import dev.jos.cli.CommandEntry;
import dev.jos.cli.CommandResult;
import dev.jos.output.Table;
import dev.jos.session.NameCache;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The hook that keeps the name cache current: a `KIND list` (`security group list` for the kind
 * security-group) that lists every name of its kind
 * (no filter given, only output options) leaves its Name column in the cache, for completion.
 */
public final class ListingNames {
    /** Options that change how a listing looks, not which rows it holds. */
    private static final Set<String> SHAPE_ONLY = Set.of("--format", "--column", "--noindent", "--max-width",
            "--fit-width", "--print-empty", "--quote", "--sort-column", "--sort-ascending", "--sort-descending",
            "--long", "--help");

    private ListingNames() {
    }

    public static void remember(Context ctx, CloudRuntime runtime, CommandEntry entry, ParseResult parsed,
                                CommandResult result) {
        List<String> words = entry.words();
        String kind = String.join("-", words.subList(0, words.size() - 1));
        if (!(result instanceof CommandResult.Listing listing) || words.size() < 2 || !words.get(words.size() - 1).equals("list")
                || !CompletionTree.LISTED.contains(kind)) {
            return;
        }
        for (OptionSpec o : parsed.matchedOptions()) {
            if (!SHAPE_ONLY.contains(o.longestName())) {
                return;
            }
        }
        Table table = listing.table();
        int column = table.columns().indexOf("Name");
        if (column < 0 || table.failure() != null) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            Object v = row.get(column);
            if (v != null) {
                names.add(v.toString());
            }
        }
        try {
            NameCache.of(ctx.env(), ctx.home(), runtime.config().cacheKey(), true)
                    .ifPresent(c -> c.write(kind, names));
        } catch (RuntimeException e) {
            // completion only
        }
    }
}
