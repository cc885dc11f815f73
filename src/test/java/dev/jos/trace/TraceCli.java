package dev.jos.trace;

import dev.jos.Context;
import dev.jos.Jos;
import dev.jos.cli.Commands;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs jos in-process with no cloud configured, as `jos trace` needs none. */
final class TraceCli {
    record Result(int exit, String out, String err) {
    }

    private TraceCli() {
    }

    static Result run(Path cwd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context ctx = new Context(Map.of("HOME", cwd.toString()), new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]), cwd, cwd, () -> false);
        int exit = new Jos(ctx, Commands.registry()).execute(List.of(args));
        return new Result(exit, out.toString(), err.toString());
    }
}
