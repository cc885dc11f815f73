package dev.jos.shell;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import dev.jos.Context;
import dev.jos.cli.CommandRegistry;

/**
 * The hidden `jos __complete WORDS...` entry point the completion scripts call for values that
 * name resources, answering in cobra's protocol; and `jos __complete --refresh KIND GLOBALS...`,
 * the detached process that lists a kind again to refresh the name cache. It never prints an
 * error: whatever goes wrong, the answer is no candidates.
 */
public final class CompleteProtocol {
    public static final String ENTRY = "__complete";

    private CompleteProtocol() {
    }

    public static int run(List<String> args, Context ctx, CommandRegistry registry) {
        try {
            if (!args.isEmpty() && args.get(0).equals("--refresh")) {
                if (args.size() >= 2) {
                    new LiveNames(ctx, registry, (k, g) -> { }).fetch(args.get(1), args.subList(2, args.size()), 60_000);
                }
                return 0;
            }
            Completer completer = new Completer(new CompletionTree(registry),
                    new LiveNames(ctx, registry, CompleteProtocol::spawnRefresh));
            ctx.out().print(completer.complete(args).protocol());
        } catch (RuntimeException | LinkageError e) {
            ctx.out().print(":" + Completer.NO_FILE_COMP + "\n");
        }
        ctx.out().flush();
        return 0;
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
        cmd.add("--refresh");
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
