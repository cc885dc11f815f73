package dev.jos.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.jos.Context;
import dev.jos.Jos;
import dev.jos.cli.CommandRegistry;
import dev.jos.cli.SessionReuse;

/**
 * cliff's interactive mode: `jos` with no command. On a terminal, a line editor with the prompt
 * `(jos) ` ({@link TerminalLoop}, the only user of JLine's reader); otherwise commands read
 * line by line from stdin with no prompt, as cmd2 does with piped input. Either way every command
 * runs in this process with the global options jos was started with, sharing one configuration
 * and one token, and an error or an unknown command only ends that command.
 */
public final class InteractiveShell {
    static final Set<String> LEAVE = Set.of("exit", "quit", "EOF");

    private final Context ctx;
    private final CommandRegistry registry;
    private final List<String> globalArgs;
    private final SessionReuse reuse = new SessionReuse();

    public InteractiveShell(Context ctx, CommandRegistry registry, List<String> globalArgs) {
        this.ctx = ctx;
        this.registry = registry;
        this.globalArgs = List.copyOf(globalArgs);
    }

    public int run() {
        if (ctx.interactiveTerminal()) {
            return new TerminalLoop(this).run();
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!runLine(line, ctx)) {
                    break;
                }
            }
        } catch (IOException e) {
            // stdin closed under us: the session ends as at end of input
        }
        return 0;
    }

    /** Exercises JLine's editor for the shell's class-data archive (dev.jos.Training with JOS_TRAIN_SHELL). */
    public static void rehearse(Context ctx, CommandRegistry registry) throws IOException {
        TerminalLoop.rehearse(new InteractiveShell(ctx, registry, List.of()));
    }

    Context context() {
        return ctx;
    }

    CommandRegistry registry() {
        return registry;
    }

    List<String> globalArgs() {
        return globalArgs;
    }

    /**
     * While the person types the first line, a background thread walks the path every command
     * takes, with nothing to show and nothing sent: a command line parsed (its help rendered to
     * nowhere), the configuration read, the cached token read. The first command then runs on
     * warmed code, as later ones do. Never a prompt, a request or an error: a failure is ignored.
     */
    void warmUp() {
        Thread t = new Thread(() -> {
            try {
                PrintWriter sink = new PrintWriter(Writer.nullWriter());
                Context quiet = new Context(ctx.env(), sink, sink, java.io.InputStream.nullInputStream(), ctx.cwd(),
                        ctx.home(), () -> false);
                new Jos(quiet, registry).execute(List.of("user", "list", "--help"));
                dev.jos.cli.GlobalSettings settings = new dev.jos.cli.GlobalOptions().parse(globalArgs);
                String key = new dev.jos.session.config.ConfigLoader()
                        .load(ctx.env(), settings.osOptions(), ctx.cwd(), ctx.home()).cacheKey();
                String off = ctx.env().get("JOS_NO_TOKEN_CACHE"); // as CloudRuntime reads it
                if (!settings.noTokenCache() && (off == null || off.isEmpty() || off.equals("0"))) {
                    new dev.jos.session.TokenCache(dev.jos.session.TokenCache.defaultDir(ctx.env(), ctx.home()),
                            java.time.Clock.systemUTC()).load(key); // what the first command reads, read now
                }
            } catch (Exception | LinkageError e) {
                // the first command does all this itself
            }
        }, "jos-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Runs one line in the context given; false when the line ends the session. */
    boolean runLine(String line, Context lineCtx) {
        if (line.isBlank()) {
            return true;
        }
        List<String> words;
        try {
            words = Shlex.split(line);
        } catch (IllegalArgumentException e) {
            lineCtx.err().println("Invalid syntax: " + e.getMessage()); // cmd2's words
            lineCtx.err().flush();
            return true;
        }
        if (words.isEmpty()) {
            return true;
        }
        if (LEAVE.contains(words.get(0)) && words.size() == 1) {
            return false;
        }
        List<String> argv = new ArrayList<>(globalArgs);
        argv.addAll(words);
        new Jos(lineCtx, registry, reuse).execute(argv);
        return true;
    }

    /** Output that can be cut off: a cancelled command still running in the background prints nothing more. */
    static final class Gate extends Writer {
        private final Writer target;
        private volatile boolean open = true;

        Gate(Writer target) {
            this.target = target;
        }

        void close(boolean flush) {
            if (flush) {
                try {
                    target.flush();
                } catch (IOException e) {
                    // nothing to do: the terminal is gone
                }
            }
            open = false;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            if (open) {
                target.write(buf, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (open) {
                target.flush();
            }
        }

        @Override
        public void close() {
            open = false;
        }
    }

    /** A context for one command whose output stops when the command is cancelled. */
    record LineContext(Context ctx, Gate out, Gate err) {
        static LineContext of(Context parent) {
            Gate out = new Gate(parent.out());
            Gate err = new Gate(parent.err());
            Context c = new Context(parent.env(), new PrintWriter(out), new PrintWriter(err, true), parent.in(),
                    parent.cwd(), parent.home(), parent::interactiveTerminal);
            return new LineContext(c, out, err);
        }
    }
}
