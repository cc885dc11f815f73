package dev.jos;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

import dev.jos.cli.Invocation;

/** The invocation's stdin and raw stdout for image data, and whether each is a terminal (from its {@link Tty}). */
final class ProcessStdio implements Invocation.Stdio {
    private final Context ctx;

    ProcessStdio(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public InputStream in() {
        return ctx.tty().stdinClosed() ? null : ctx.in();
    }

    @Override
    public boolean inIsTerminal() {
        return ctx.tty().isTerminal(0);
    }

    @Override
    public OutputStream out() {
        ctx.out().flush();
        return ctx.tty().rawOut();
    }

    @Override
    public boolean outIsTerminal() {
        return ctx.tty().isTerminal(1);
    }

    @Override
    public Path resolve(String file) {
        return ctx.cwd().resolve(file);
    }

    @Override
    public boolean hasConsole() {
        return ctx.tty().hasConsole();
    }

    @Override
    public char[] readPassword(String prompt) {
        return ctx.tty().readPassword(prompt);
    }
}
