package dev.jos.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import dev.jos.Context;
import dev.jos.Jos;
import dev.jos.cli.CommandResult;
import dev.jos.cli.FormatOptions;
import dev.jos.cli.Invocation;
import dev.jos.cli.JosCommand;
import dev.jos.cli.ListCommand;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.session.FakeApis;
import picocli.CommandLine;

/**
 * What the network command tests share: a command parsed by picocli, run over a
 * {@link FakeNeutron} (and a compute fake where a command asks nova) and printed by the shared
 * output layer, and a whole jos run for argparse's usage errors.
 */
public final class NeutronCommandFixture {
    private static final Map<String, String> CLOUD = Map.of("OS_AUTH_URL", "http://127.0.0.1:9/v3",
            "OS_USERNAME", "u", "OS_PASSWORD", "p", "OS_PROJECT_NAME", "p");

    public final FakeNeutron neutron = new FakeNeutron();
    /** What the commands warned on stderr. */
    public final StringWriter err = new StringWriter();
    private final Path home;
    private ComputeApi compute;

    public NeutronCommandFixture(Path home) {
        this.home = home;
    }

    public NeutronCommandFixture withCompute(ComputeApi c) {
        this.compute = c;
        return this;
    }

    public static <T extends JosCommand> T parse(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    /** Runs the command over the fakes and returns its stdout as jos prints it. */
    public String run(JosCommand command) throws Exception {
        CommandResult result = command.run(new Invocation(new FakeApis(null, compute, null, neutron),
                new PrintWriter(err, true), () -> false));
        StringWriter out = new StringWriter();
        Context ctx = new Context(Map.of(), new PrintWriter(out), new PrintWriter(err), InputStream.nullInputStream(),
                home, home, () -> false);
        FormatOptions f = command instanceof ShowCommand s ? s.formatOptions
                : command instanceof ListCommand l ? l.formatOptions : null;
        new dev.jos.cli.ResultPrinter(ctx).print(result, f, null);
        return out.toString();
    }

    /** {@link #parse} then {@link #run}. */
    public String run(JosCommand command, String... args) throws Exception {
        return run(parse(command, args));
    }

    public record Cli(int rc, String out, String err) {
    }

    /** A whole jos run with a cloud that cannot be reached: what fails before any request. */
    public Cli jos(String... args) {
        StringWriter out = new StringWriter();
        StringWriter e = new StringWriter();
        int rc = Jos.run(args, new Context(CLOUD, new PrintWriter(out), new PrintWriter(e),
                new ByteArrayInputStream(new byte[0]), home, home, () -> false));
        return new Cli(rc, out.toString(), e.toString());
    }

    /** The last stderr line of a jos run that must end in argparse's usage error (exit 2). */
    public String usageError(String... args) {
        Cli r = jos(args);
        assertEquals(2, r.rc(), r.err());
        return lastLine(r.err());
    }

    public static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1];
    }
}
