package dev.jos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.jos.cli.CommandEntry;
import dev.jos.cli.CommandMatch;
import dev.jos.cli.ConfigFailure;
import dev.jos.cli.CommandRegistry;
import dev.jos.cli.CommandResult;
import dev.jos.cli.CommandSpecs;
import dev.jos.cli.Commands;
import dev.jos.cli.FormatOptions;
import dev.jos.cli.GlobalOptions;
import dev.jos.cli.GlobalSettings;
import dev.jos.cli.HelpPrinter;
import dev.jos.cli.Invocation;
import dev.jos.cli.JosCommand;
import dev.jos.cli.ListCommand;
import dev.jos.cli.OptionOrder;
import dev.jos.cli.ResultPrinter;
import dev.jos.cli.SessionReuse;
import dev.jos.cli.ShowCommand;
import dev.jos.cli.UsageErrors;
import dev.jos.cli.UsageException;
import dev.jos.cli.CloudRuntime;
import dev.jos.session.CloudApis;
import dev.jos.session.CommandException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a jos invocation is assembled: global options, finding the command as
 * cliff does, parsing, running, printing, and OSC's exit codes (0 ok, 1 command error,
 * 2 usage error). Everything it needs from outside comes in through {@link Context}.
 */
public final class Jos {
    public static final String PROG = "jos";

    private final Context ctx;
    private final CommandRegistry registry;
    private final GlobalOptions globals = new GlobalOptions();
    private final SessionReuse reuse;

    public Jos(Context ctx, CommandRegistry registry) {
        this(ctx, registry, null);
    }

    /** @param reuse an interactive session's configuration and token, kept across its commands; or null */
    public Jos(Context ctx, CommandRegistry registry, SessionReuse reuse) {
        this.ctx = ctx;
        this.registry = registry;
        this.reuse = reuse;
    }

    public static int run(String[] args, Context ctx) {
        return new Jos(ctx, Commands.registry()).execute(Arrays.asList(args));
    }

    public int execute(List<String> argv) {
        int rc;
        try {
            rc = dispatch(argv);
            ctx.out().flush();
            rc = outputFailure(rc);
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
        return rc;
    }

    /** cliff's exit code when a write to stdout meets a closed pipe. */
    static final int BROKEN_PIPE = 141;
    /** Python's exit code when flushing stdout fails at interpreter shutdown. */
    static final int FLUSH_AT_EXIT_FAILED = 120;
    /** Python's TextIOWrapper keeps up to this many bytes before passing them on (_CHUNK_SIZE). */
    static final int PYTHON_PENDING_BYTES = 8192;

    /**
     * Output that could not be written fails the run as it fails OSC. Python's stdout holds up
     * to 8 KiB: a smaller output only meets the error when the interpreter flushes at exit
     * ("Exception ignored in: ..." and 120); a larger one (or any, with PYTHONUNBUFFERED) meets it
     * inside cliff, which exits 141 silently for a closed pipe and logs "[Errno N] ..." with 1
     * for anything else (a full disk).
     */
    private int outputFailure(int rc) {
        if (!ctx.out().checkError()) {
            return rc;
        }
        ReportingWriter w = ctx.out() instanceof ReportingWriter r ? r : null;
        java.io.IOException cause = w == null ? null : w.failure().orElse(null);
        String message = OsErrors.pythonText(cause == null ? null : cause.getMessage());
        boolean brokenPipe = message.startsWith("[Errno 32]");
        String unbuffered = ctx.env().get("PYTHONUNBUFFERED");
        boolean atExit = (unbuffered == null || unbuffered.isEmpty())
                && w != null && w.bytesOffered() <= PYTHON_PENDING_BYTES;
        if (atExit) {
            ctx.err().println("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
            ctx.err().println((brokenPipe ? "BrokenPipeError: " : "OSError: ") + message);
            return FLUSH_AT_EXIT_FAILED;
        }
        if (brokenPipe) {
            return BROKEN_PIPE;
        }
        ctx.err().println(message);
        return rc == 0 ? 1 : rc;
    }

    private int dispatch(List<String> argv) {
        if (!argv.isEmpty() && argv.get(0).equals(dev.jos.shell.CompleteProtocol.ENTRY)) {
            return dev.jos.shell.CompleteProtocol.run(argv.subList(1, argv.size()), ctx, registry);
        }
        GlobalOptions.Split split = globals.split(argv);
        GlobalSettings settings;
        try {
            settings = globals.parse(split.global());
        } catch (ParameterException e) {
            return usageError(PROG, null, UsageErrors.message(e));
        }
        if (settings.version()) {
            // the runtime too: an installed jos carries its own, a checkout runs whatever JDK it finds
            ctx.out().println(PROG + " " + Version.get() + " (Java " + System.getProperty("java.version")
                    + ", " + System.getProperty("java.home") + ")");
            return 0;
        }
        HelpPrinter help = new HelpPrinter(registry, globals, ctx.out(), helpWidth());
        List<String> rest = new ArrayList<>(split.rest());
        if (!rest.isEmpty() && rest.get(0).equals("help")) {
            rest.remove(0);
            return helpFor(help, rest);
        }
        if (settings.help()) {
            return helpFor(help, rest);
        }
        if (rest.isEmpty()) {
            if (reuse != null) {
                help.printRoot(); // `jos` typed inside the shell: no shell within the shell
                return 0;
            }
            return interactive(split.global());
        }
        CommandMatch match = registry.find(rest).orElse(null);
        if (match == null) {
            return unknownCommand(rest);
        }
        return runCommand(match, settings, argv);
    }

    /** cliff's interactive mode; its classes (and JLine's) are loaded only here. */
    private int interactive(List<String> globalArgs) {
        return new dev.jos.shell.InteractiveShell(ctx, registry, globalArgs).run();
    }

    private int helpFor(HelpPrinter help, List<String> words) {
        if (words.isEmpty()) {
            help.printRoot();
            return 0;
        }
        CommandMatch match = registry.find(words).orElse(null);
        if (match == null) {
            return unknownCommand(words);
        }
        help.printCommand(match.entry(), commandLine(match.entry().instantiate(), match.entry()));
        return 0;
    }

    /** cliff writes this to stdout, with the fuzzy matches, and exits 2. */
    private int unknownCommand(List<String> words) {
        List<String> fuzzy = registry.fuzzyMatches(words.get(0));
        if (fuzzy.isEmpty()) {
            ctx.err().println("Unknown command " + pythonList(words));
            return 2;
        }
        ctx.out().println(PROG + ": '" + String.join(" ", words) + "' is not a " + PROG + " command. See '"
                + PROG + " --help'.");
        ctx.out().println("Did you mean one of these?");
        for (String m : fuzzy) {
            ctx.out().println("  " + m);
        }
        return 2;
    }

    private int runCommand(CommandMatch match, GlobalSettings settings, List<String> argv) {
        JosCommand command = match.entry().instantiate();
        CloudRuntime runtime = new CloudRuntime(ctx, settings, argv, match.entry().name(), reuse);
        CommandLine cl = null;
        try {
            // like cliff's prepare_to_run_command: the cloud settings are checked before the
            // command's own arguments are parsed, so a missing OS_AUTH_URL wins over a typo
            if (command.needsAuth()) {
                runtime.config();
            }
            cl = commandLine(command, match.entry());
            ParseResult parsed;
            try {
                parsed = cl.parseArgs(match.rest().toArray(String[]::new));
            } catch (ParameterException e) {
                return usageError(cl.getCommandSpec().qualifiedName(" "), cl, UsageErrors.message(e));
            }
            if (parsed.isUsageHelpRequested()) {
                new HelpPrinter(registry, globals, ctx.out(), helpWidth()).printCommand(match.entry(), cl);
                return 0;
            }
            checkExclusive(command, parsed);
            FormatOptions format = formatOptions(command);
            runtime.commandFormat(format == null ? null : format.format());
            Integer maxWidth = format == null ? null : format.validatedMaxWidth();
            Invocation inv = new Invocation(new CloudApis(runtime::session), ctx.out(), ctx.err(), ctx::interactiveTerminal,
                    Thread::sleep, ctx.env()::get, new ProcessStdio(ctx));
            CommandResult result = command.run(inv);
            new ResultPrinter(ctx).print(result, format, maxWidth);
            dev.jos.shell.ListingNames.remember(ctx, runtime, match.entry(), parsed, result);
            return 0;
        } catch (UsageException e) {
            // argparse's checks that jos makes after parsing (groups, required ones) print the command's usage too
            return usageError(PROG + " " + match.entry().name(), cl, e.getMessage());
        } catch (ConfigFailure e) {
            ctx.err().println(e.getMessage());
            return e.exitCode();
        } catch (CommandException e) {
            ctx.err().println(e.getMessage());
            return 1;
        } catch (Exception e) {
            if (settings.debug()) {
                e.printStackTrace(ctx.err());
            }
            ctx.err().println(e.getMessage() == null ? e.toString() : e.getMessage());
            return 1;
        } finally {
            runtime.close();
        }
    }

    /** A command's picocli model as jos parses it and prints its help (and jos(1) documents it). */
    static CommandLine commandLine(JosCommand command, CommandEntry entry) {
        CommandLine cl = new CommandLine(CommandSpecs.of(command)); // from the build's table: no annotation read
        cl.setCommandName(PROG + " " + entry.name());
        cl.setAbbreviatedOptionsAllowed(true);
        // argparse keeps the last of a repeated single-value option
        cl.setOverwrittenOptionsAllowed(true);
        cl.setUnmatchedOptionsAllowedAsOptionParameters(false);
        cl.getCommandSpec().mixinStandardHelpOptions(false);
        cl.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("show this help message and exit").build());
        OptionOrder.stabilize(cl.getCommandSpec());
        FormatOptions format = formatOptions(command);
        if (format != null) {
            // the -f choices shown come from the list the value is checked against; options are
            // re-added in their order, since help prints them in that order
            CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
            List<CommandLine.Model.OptionSpec> options = new ArrayList<>(spec.options());
            options.forEach(spec::remove);
            for (CommandLine.Model.OptionSpec o : options) {
                spec.addOption(o.longestName().equals("--format")
                        ? CommandLine.Model.OptionSpec.builder(o).paramLabel(format.choicesLabel()).build() : o);
            }
        }
        return cl;
    }

    private static FormatOptions formatOptions(JosCommand command) {
        if (command instanceof ListCommand l) {
            return l.formatOptions;
        }
        if (command instanceof ShowCommand s) {
            return s.formatOptions;
        }
        return null;
    }

    /** argparse's mutually exclusive groups: the second option typed names the first. */
    private static void checkExclusive(JosCommand command, ParseResult parsed) {
        for (List<String> group : JosCommand.exclusiveGroups(command)) {
            String first = null;
            for (CommandLine.Model.OptionSpec o : parsed.matchedOptions()) {
                if (group.contains(o.longestName())) {
                    if (first != null && !first.equals(o.longestName())) {
                        throw new UsageException("argument " + o.longestName() + ": not allowed with argument " + first);
                    }
                    first = o.longestName();
                }
            }
        }
    }

    /** argparse's help width; the terminal is asked only when COLUMNS does not say. */
    private int helpWidth() {
        return HelpPrinter.argparseWidth(ctx.env(), ctx.tty().isTerminal(1), ctx.tty()::columns);
    }

    private int usageError(String prog, CommandLine cl, String message) {
        if (cl != null) {
            ctx.err().print(new HelpPrinter(registry, globals, ctx.err(), helpWidth()).usageLine(cl));
        } else {
            ctx.err().println("usage: " + PROG + " [--version] [-v | -q] [--log-file LOG_FILE] [-h] [--debug] ...");
        }
        ctx.err().println(prog + ": error: " + message);
        return 2;
    }

    private static String pythonList(List<String> words) {
        StringBuilder sb = new StringBuilder("[");
        for (String w : words) {
            sb.append(sb.length() == 1 ? "" : ", ").append('\'').append(w).append('\'');
        }
        return sb.append(']').toString();
    }
}
