package dev.jos.shell;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import dev.jos.Context;

/**
 * The shell at a terminal: JLine's line editor with jos's {@link Completer} (words, options, live
 * names), a history kept in {@link HistoryFile}, and Ctrl-C cancelling the running command
 * (status 130, as cliff's KeyboardInterrupt) while the session goes on.
 */
final class TerminalLoop {
    static final String PROMPT = "(jos) ";
    /** cliff's exit status for a command stopped by Ctrl-C. */
    static final int SIGINT_STATUS = 130;

    private final InteractiveShell shell;
    private volatile Thread running;
    private volatile InteractiveShell.LineContext runningCtx;
    private volatile boolean cancelled;

    TerminalLoop(InteractiveShell shell) {
        this.shell = shell;
    }

    int run() {
        Logger.getLogger("org.jline").setLevel(Level.OFF); // its fallbacks are not the user's business
        Context ctx = shell.context();
        try (Terminal terminal = terminal()) {
            HistoryFile file = new HistoryFile(HistoryFile.defaultPath(ctx.env(), ctx.home()));
            DefaultHistory history = new DefaultHistory() {
                @Override
                public void add(Instant time, String line) {
                    if (HistoryFile.storable(line)) {
                        super.add(time, line);
                    }
                }
            };
            Completer completer = new Completer(new CompletionTree(shell.registry()),
                    new LiveNames(ctx, shell.registry(), this::refreshInBackground));
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("jos").history(history)
                    .completer((r, line, candidates) -> complete(completer, line, candidates))
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                    .build();
            for (String old : file.load()) {
                history.add(old);
            }
            shell.warmUp();
            terminal.handle(Terminal.Signal.INT, s -> cancel());
            while (true) {
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C at the prompt: a new prompt, as cmd2
                } catch (EndOfFileException e) {
                    break;
                }
                file.append(line.strip());
                if (!runCancellable(line)) {
                    break;
                }
            }
        } catch (IOException e) {
            ctx.err().println("jos: cannot open the terminal: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /**
     * For the shell's own class-data archive (bin/jos makes it when jos starts with no command):
     * the line editor on an in-memory terminal, typing a line with TABs, so JLine's reader,
     * display and completion classes are archived for the shell and for no other command.
     */
    static void rehearse(InteractiveShell shell) throws IOException {
        dev.jos.cli.JLineCommands.useSystemCopies(); // JLine looks at the system's streams even for this in-memory terminal
        byte[] typed = "fla\tl\t\r".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Terminal t = TerminalBuilder.builder().system(false).type("xterm-256color")
                .size(new org.jline.terminal.Size(80, 24))
                .streams(new java.io.ByteArrayInputStream(typed), java.io.OutputStream.nullOutputStream()).build()) {
            Completer completer = new Completer(new CompletionTree(shell.registry()), (k, g) -> List.of());
            LineReader reader = LineReaderBuilder.builder().terminal(t).appName("jos").history(new DefaultHistory())
                    .completer((r, line, candidates) -> new TerminalLoop(shell).complete(completer, line, candidates))
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
            reader.readLine(PROMPT);
        } catch (EndOfFileException | UserInterruptException e) {
            // the rehearsal ends with its input
        }
    }

    /**
     * On JDK 22+ JLine's FFM terminal (system calls, where the exec terminal starts `test`, `tty`
     * and `stty` processes: a third of the shell's start); else, or when it cannot start, the
     * pure-JDK exec terminal; the other native providers only when neither can.
     */
    private static Terminal terminal() throws IOException {
        dev.jos.cli.JLineCommands.useSystemCopies();
        if (Runtime.version().feature() >= 22 && Boolean.getBoolean("jos.ffm")) {
            Terminal t = tryTerminal(TerminalBuilder.builder().ffm(true).exec(false));
            if (t != null) {
                return t;
            }
        }
        Terminal t = tryTerminal(TerminalBuilder.builder().exec(true).ffm(false));
        return t != null ? t : TerminalBuilder.builder().system(true).nativeSignals(true).build();
    }

    private static Terminal tryTerminal(TerminalBuilder builder) {
        try {
            Terminal t = builder.system(true).nativeSignals(true).jni(false).jna(false).jansi(false).dumb(false).build();
            if (!Terminal.TYPE_DUMB.equals(t.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(t.getType())) {
                return t;
            }
            t.close();
        } catch (IOException | RuntimeException | LinkageError e) {
            // the next provider
        }
        return null;
    }

    /** Runs a line in a worker so Ctrl-C can leave it; false when the line ends the session. */
    private boolean runCancellable(String line) {
        InteractiveShell.LineContext lc = InteractiveShell.LineContext.of(shell.context());
        boolean[] keepGoing = {true};
        cancelled = false;
        runningCtx = lc;
        Thread worker = new Thread(() -> keepGoing[0] = shell.runLine(line, lc.ctx()), "jos-command");
        worker.setDaemon(true);
        running = worker;
        worker.start();
        try {
            while (worker.isAlive() && !cancelled) {
                worker.join(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = null;
        if (cancelled) {
            return true; // the command's status is 130; the session goes on
        }
        lc.ctx().out().flush();
        lc.ctx().err().flush();
        return keepGoing[0];
    }

    private void cancel() {
        Thread t = running;
        InteractiveShell.LineContext lc = runningCtx;
        if (t == null || lc == null) {
            return;
        }
        lc.out().close(true);
        lc.err().close(true);
        cancelled = true;
        t.interrupt();
        shell.context().out().println();
        shell.context().out().flush();
    }

    private void refreshInBackground(String kind, List<String> globalArgs) {
        Thread t = new Thread(() -> new LiveNames(shell.context(), shell.registry(), (k, g) -> { })
                .fetch(kind, globalArgs, 60_000), "jos-names-refresh");
        t.setDaemon(true);
        t.start();
    }

    private void complete(Completer completer, ParsedLine line, List<Candidate> candidates) {
        try {
            List<String> words = new ArrayList<>(shell.globalArgs());
            words.addAll(line.words().subList(0, line.wordIndex()));
            words.add(line.word().substring(0, Math.min(line.wordCursor(), line.word().length())));
            if (words.size() == shell.globalArgs().size() + 1 && InteractiveShell.LEAVE.contains(words.get(words.size() - 1))) {
                return;
            }
            for (String c : completer.complete(words).candidates()) {
                candidates.add(new Candidate(c));
            }
        } catch (RuntimeException e) {
            // completion offers nothing rather than disturbing the line
        }
    }
}
