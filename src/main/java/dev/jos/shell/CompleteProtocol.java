package dev.jos.shell;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import dev.jos.Context;
import dev.jos.cli.CommandRegistry;

/**
 * The hidden `jos __complete WORDS...` entry point the completion scripts call for values that
 * name resources, answering in cobra's protocol; and `jos __complete --refresh KIND GLOBALS...`
 * (or `--refresh-stale KIND` from the scripts), the detached process that lists a kind again to
 * refresh the name cache. It never prints an error: whatever goes wrong, the answer is no
 * candidates.
 */
public final class CompleteProtocol {
    public static final String ENTRY = "__complete";
    /** `__complete --refresh KIND GLOBALS...`: lists KIND again (started by a completion that found the names stale). */
    static final String REFRESH = "--refresh";
    /**
     * `__complete --refresh-stale KIND`: the same, started by a completion script that read stale
     * names itself; it first claims the refresh, so a burst of TABs lists once.
     */
    static final String SCRIPT_REFRESH = "--refresh-stale";

    private CompleteProtocol() {
    }

    public static int run(List<String> args, Context ctx, CommandRegistry registry) {
        try {
            if (!args.isEmpty() && args.get(0).equals(REFRESH)) {
                if (args.size() >= 2) {
                    new LiveNames(ctx, registry, (k, g) -> { }).fetch(args.get(1), args.subList(2, args.size()), 60_000);
                }
                return 0;
            }
            if (args.size() == 2 && args.get(0).equals(SCRIPT_REFRESH)) {
                LiveNames live = new LiveNames(ctx, registry, (k, g) -> { });
                if (live.claimRefresh(args.get(1))) {
                    live.fetch(args.get(1), List.of(), 60_000);
                    live.rememberShellKey();
                }
                return 0;
            }
            LiveNames names = new LiveNames(ctx, registry, CompleteProtocol::spawnRefresh);
            String kind = plainKind(args, registry);
            if (kind != null) {
                String current = args.get(args.size() - 1);
                List<String> found = new ArrayList<>();
                for (String n : names.names(kind, List.of())) {
                    if (n.startsWith(current)) {
                        found.add(n);
                    }
                }
                ctx.out().print(new Completer.Result(found, Completer.NO_FILE_COMP).protocol());
                ctx.out().flush();
                names.rememberShellKey(); // the words have no global options: the scripts can read the cache next time
            } else {
                Completer completer = new Completer(new CompletionTree(registry), names);
                ctx.out().print(completer.complete(args).protocol());
            }
        } catch (RuntimeException | LinkageError e) {
            ctx.out().print(":" + Completer.NO_FILE_COMP + "\n");
        }
        ctx.out().flush();
        return 0;
    }

    /**
     * The kind of resource the last word names, when the words say it plainly: command words
     * and arguments only, or the kind's option just before the cursor (`server show <TAB>`,
     * `server create x --flavor <TAB>`). Decided from the registry alone, without building any
     * command's options (what the scripts ask most, answered fastest); null sends the words to
     * the full {@link Completer}.
     */
    static String plainKind(List<String> words, CommandRegistry registry) {
        if (words.size() < 2 || words.get(words.size() - 1).startsWith("-")) {
            return null;
        }
        List<String> before = words.subList(0, words.size() - 1);
        String prev = before.get(before.size() - 1);
        for (int i = 0; i < before.size() - 1; i++) {
            if (before.get(i).startsWith("-")) {
                return null; // options (global ones among them) need the specs to be read right
            }
        }
        if (prev.startsWith("-")) {
            return CompletionTree.OPTION_KINDS.get(prev);
        }
        dev.jos.cli.CommandMatch match = registry.find(before).orElse(null);
        if (match == null || !match.typedWords().equals(match.entry().words())) {
            return null;
        }
        return CompletionTree.namedKind(match.entry().words());
    }

    /**
     * Starts this JVM's command line again (same options, same class-data archive) with
     * `__complete --refresh`, in its own session and with nothing attached, so the shell that
     * asked for completion neither waits for it nor sees it.
     */
    static void spawnRefresh(String kind, List<String> globalArgs) {
        List<String> cmd = relaunch();
        if (cmd == null) {
            return;
        }
        cmd.add(ENTRY);
        cmd.add(REFRESH);
        cmd.add(kind);
        cmd.addAll(globalArgs);
        if (new File("/usr/bin/setsid").canExecute()) {
            cmd.add(0, "/usr/bin/setsid");
        }
        try {
            new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (java.io.IOException | RuntimeException e) {
            // no refresh: the stale names still serve
        }
    }

    /** The java command and its options up to the jar or main class; null when not started as jos. */
    static List<String> relaunch() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        String java = info.command().orElse(null);
        String[] jvmArgs = info.arguments().orElse(null);
        if (java == null || jvmArgs == null) {
            return null;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        for (int i = 0; i < jvmArgs.length; i++) {
            cmd.add(jvmArgs[i]);
            if (jvmArgs[i].equals("-jar") && i + 1 < jvmArgs.length) {
                cmd.add(jvmArgs[i + 1]);
                return cmd;
            }
            if (jvmArgs[i].equals("dev.jos.Main")) {
                return cmd;
            }
        }
        return null;
    }
}
