package dev.jos.shell;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.jos.Context;
import dev.jos.Jos;
import dev.jos.cli.CommandRegistry;
import dev.jos.cli.Commands;
import dev.jos.cli.GlobalOptions;
import dev.jos.cli.GlobalSettings;
import dev.jos.session.NameCache;
import dev.jos.session.config.ConfigLoader;

/**
 * Names for completion from the per-cloud {@link NameCache}: a warm cache answers at once (and a
 * stale one starts a detached refresh); a cold one asks the cloud through `KIND list`, giving up
 * after {@link #COLD_WAIT_MS}. Never prompts (the context it runs commands in has no terminal)
 * and never prints: any failure is no names.
 */
public final class LiveNames implements Completer.NameSource {
    static final long COLD_WAIT_MS = 1000;
    /** Kinds jos has no list command for yet, listed for completion only. */
    static final java.util.Map<String, String> HIDDEN_LISTS = java.util.Map.of("domain", "dev.jos.shell.DomainNames");

    /** Starts `jos __complete --refresh KIND GLOBALS...` so that it outlives this process. */
    @FunctionalInterface
    public interface Refresher {
        void start(String kind, List<String> globalArgs);
    }

    private final Context ctx;
    private final CommandRegistry registry;
    private final Refresher refresher;

    public LiveNames(Context ctx, CommandRegistry registry, Refresher refresher) {
        this.ctx = ctx;
        this.registry = registry;
        this.refresher = refresher;
    }

    @Override
    public List<String> names(String kind, List<String> globalArgs) {
        try {
            Optional<NameCache> cache = cache(globalArgs, false);
            Optional<NameCache.Entry> entry = cache.flatMap(c -> c.read(kind));
            if (entry.isPresent()) {
                if (entry.get().stale(Instant.now()) && CompletionTree.LISTED.contains(kind)
                        && cache.get().claimRefresh(kind)) {
                    refresher.start(kind, globalArgs);
                }
                return entry.get().names();
            }
            if (!CompletionTree.LISTED.contains(kind)) {
                return List.of();
            }
            return fetch(kind, globalArgs, COLD_WAIT_MS);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Points the completion scripts' key for this environment ({@code JOS_COMPLETE_KEY}, set by
     * them when they fall back to `jos __complete`) at this cloud's name cache, so their next TAB
     * reads the names without starting jos. Only for a command line without global options, the
     * only case the scripts read directly.
     */
    public void rememberShellKey() {
        String shellKey = ctx.env().get(SHELL_KEY_VARIABLE);
        if (shellKey == null || shellKey.isEmpty()) {
            return;
        }
        cache(List.of(), false).ifPresent(c -> c.pointShellKey(shellKey,
                new ConfigLoader().existingConfigFiles(ctx.env(), ctx.cwd(), ctx.home())));
    }

    /** Claims the refresh of a kind's names for the cloud of this environment; false when another has it. */
    public boolean claimRefresh(String kind) {
        return CompletionTree.LISTED.contains(kind) && cache(List.of(), false).map(c -> c.claimRefresh(kind)).orElse(false);
    }

    /** The environment variable the completion scripts pass their key in. */
    public static final String SHELL_KEY_VARIABLE = "JOS_COMPLETE_KEY";

    private Optional<NameCache> cache(List<String> globalArgs, boolean create) {
        try {
            GlobalSettings settings = new GlobalOptions().parse(globalArgs);
            String key = new ConfigLoader().load(ctx.env(), settings.osOptions(), ctx.cwd(), ctx.home()).cacheKey();
            return NameCache.of(ctx.env(), ctx.home(), key, create);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /**
     * Runs `KIND list -f value -c Name` in this process without a terminal; the listing hook
     * writes the cache on the way. Empty when it fails or takes longer than {@code waitMs}.
     */
    public List<String> fetch(String kind, List<String> globalArgs, long waitMs) {
        AtomicReference<List<String>> answer = new AtomicReference<>();
        Thread t = new Thread(() -> answer.set(list(kind, globalArgs)), "jos-names-" + kind);
        t.setDaemon(true);
        t.start();
        try {
            t.join(waitMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> got = answer.get();
        return got == null ? List.of() : got.stream().sorted().toList(); // as the cache keeps them
    }

    private List<String> list(String kind, List<String> globalArgs) {
        StringWriter out = new StringWriter();
        Context quiet = new Context(ctx.env(), new PrintWriter(out), new PrintWriter(Writer.nullWriter()),
                InputStream.nullInputStream(), ctx.cwd(), ctx.home(), () -> false);
        List<String> argv = new ArrayList<>(globalArgs);
        argv.addAll(CompletionTree.listCommand(kind));
        argv.addAll(List.of("-f", "value", "-c", "Name"));
        CommandRegistry withHidden = registry;
        if (registry.get(kind + " list").isEmpty() && HIDDEN_LISTS.containsKey(kind)) {
            withHidden = Commands.registry().add(kind + " list", "", HIDDEN_LISTS.get(kind));
        }
        int rc = new Jos(quiet, withHidden).execute(argv);
        if (rc != 0) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isEmpty()) {
                names.add(line);
            }
        }
        return names;
    }
}
