package dev.jos.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Help in argparse's shape (usage line, positional arguments, options) and the root help
 * with cliff's command list, built from the registry without loading any command class.
 */
public final class HelpPrinter {
    private static final int WRAP = 79;
    private final CommandRegistry registry;
    private final GlobalOptions globals;
    private final PrintWriter out;
    /** argparse's width (see {@link #argparseWidth}). */
    private final int width;

    public HelpPrinter(CommandRegistry registry, GlobalOptions globals, PrintWriter out) {
        this(registry, globals, out, 78);
    }

    public HelpPrinter(CommandRegistry registry, GlobalOptions globals, PrintWriter out, int width) {
        this.registry = registry;
        this.globals = globals;
        this.out = out;
        this.width = width;
    }

    public void printRoot() {
        StringBuilder sb = new StringBuilder();
        sb.append(wrapUsage("usage: jos", optionSynopses(globals.spec()))).append('\n');
        sb.append("Command-line interface to the OpenStack APIs (a fast drop-in for openstack)\n\n");
        sb.append("options:\n");
        appendOptions(sb, globals.spec());
        sb.append("\nCommands:\n");
        List<CommandEntry> entries = registry.entries();
        int width = 0;
        for (CommandEntry e : entries) {
            width = Math.max(width, e.name().length());
        }
        sb.append("  ").append(pad("help", width)).append("  print detailed help for another command\n");
        for (CommandEntry e : entries) {
            // cliff lists the first line of a command's description
            sb.append("  ").append(pad(e.name(), width)).append("  ").append(e.description().split("\n", 2)[0]).append('\n');
        }
        out.print(sb);
        out.flush();
    }

    public void printCommand(CommandEntry entry, CommandLine cl) {
        Parser p = parser(cl);
        out.print(new ArgparseHelp(cl.getCommandSpec().qualifiedName(" "), width)
                .help(p.actions(), p.groups(), entry.description(), p.sections()));
        out.flush();
    }

    /** argparse's "usage: prog [-h] [--opt VALUE] positional" lines, wrapped like argparse. */
    public String usageLine(CommandLine cl) {
        Parser p = parser(cl);
        return new ArgparseHelp(cl.getCommandSpec().qualifiedName(" "), width).usage(p.actions(), p.groups());
    }

    /**
     * The width argparse formats help for: shutil.get_terminal_size()'s columns (COLUMNS, else
     * stdout's terminal, else 80) less 2.
     */
    public static int argparseWidth(java.util.Map<String, String> env, boolean stdoutTerminal,
            java.util.function.Supplier<Integer> terminalColumns) {
        int columns = 0;
        try {
            columns = Integer.parseInt(env.getOrDefault("COLUMNS", "").strip());
        } catch (NumberFormatException e) {
            // not a number: as unset
        }
        if (columns <= 0) {
            Integer t = stdoutTerminal ? terminalColumns.get() : null;
            columns = t != null && t > 0 ? t : 80;
        }
        return columns - 2;
    }

    /** A command's arguments as argparse holds them: in the order added, by section, and the exclusive groups. */
    private record Parser(List<ArgparseHelp.Action> actions, List<ArgparseHelp.Group> groups,
            List<ArgparseHelp.Section> sections) {
    }

    /**
     * cliff's output-formatter arguments, in the order cliff adds them: -f and -c, each formatter
     * plugin's by plugin name (csv, json, shell, table, value, yaml), then a Lister's sorting.
     */
    private static final List<String> CLIFF_ORDER = List.of("--format", "--column", "--quote", "--noindent", "--prefix",
            "--max-width", "--fit-width", "--print-empty", "--sort-column", "--sort-ascending", "--sort-descending");

    /** An argument group cliff's formatters add: its title, description and options. */
    private record FormatterGroup(String title, String description, List<String> options) {
    }

    /** The argument groups cliff's formatters add, with the options each holds, in help's order. */
    private static final List<FormatterGroup> CLIFF_SECTIONS = List.of(
            new FormatterGroup("output formatters", "output formatter options",
                    List.of("--format", "--column", "--sort-column", "--sort-ascending", "--sort-descending")),
            new FormatterGroup("CSV Formatter", null, List.of("--quote")),
            new FormatterGroup("json formatter", null, List.of("--noindent")),
            new FormatterGroup("shell formatter", "a format a UNIX shell can parse (variable=\"value\")", List.of("--prefix")),
            new FormatterGroup("table formatter", null, List.of("--max-width", "--fit-width", "--print-empty")));

    private static Parser parser(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        List<String> requiredNames = spec.userObject() instanceof JosCommand c ? c.requiredArguments() : List.of();
        java.util.Map<String, ArgparseHelp.Action> formatter = new java.util.HashMap<>();
        List<ArgparseHelp.Action> own = new java.util.ArrayList<>();
        ArgparseHelp.Action help = null;
        java.util.Map<String, ArgparseHelp.Action> byName = new java.util.HashMap<>();
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            ArgparseHelp.Action a = action(o, requiredNames);
            for (String n : o.names()) {
                byName.put(n, a);
            }
            if (o.usageHelp()) {
                help = a;
            } else if (o.userObject() instanceof java.lang.reflect.Field f
                    && FormatOptions.class.isAssignableFrom(f.getDeclaringClass())) {
                formatter.put(o.longestName(), a);
            } else {
                own.add(a);
            }
        }
        List<ArgparseHelp.Action> positionals = new java.util.ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                boolean required = p.required() || requiredNames.contains(p.paramLabel());
                positionals.add(new ArgparseHelp.Action(List.of(), p.paramLabel(), nargs(p.arity(), required), required,
                        text(p.description())));
            }
        }
        List<ArgparseHelp.Action> actions = new java.util.ArrayList<>();
        if (help != null) {
            actions.add(help);
        }
        CLIFF_ORDER.stream().filter(formatter::containsKey).map(formatter::get).forEach(actions::add);
        actions.addAll(own);
        actions.addAll(positionals);
        List<ArgparseHelp.Section> sections = new java.util.ArrayList<>();
        sections.add(new ArgparseHelp.Section("positional arguments", null, positionals));
        List<ArgparseHelp.Action> options = new java.util.ArrayList<>();
        if (help != null) {
            options.add(help);
        }
        options.addAll(own);
        sections.add(new ArgparseHelp.Section("options", null, options));
        for (FormatterGroup t : CLIFF_SECTIONS) {
            List<ArgparseHelp.Action> members = t.options().stream().map(formatter::get).filter(java.util.Objects::nonNull)
                    .toList();
            if (!members.isEmpty()) {
                sections.add(new ArgparseHelp.Section(t.title(), t.description(), members));
            }
        }
        List<ArgparseHelp.Group> groups = new java.util.ArrayList<>();
        List<List<String>> exclusive = List.of();
        List<List<String>> required = List.of();
        if (spec.userObject() instanceof JosCommand c) {
            exclusive = JosCommand.exclusiveGroups(c);
            required = c.requiredExclusiveOptions();
        }
        for (List<String> g : exclusive) {
            List<ArgparseHelp.Action> members = g.stream().map(byName::get).filter(java.util.Objects::nonNull).distinct()
                    .toList();
            if (!members.isEmpty()) {
                groups.add(new ArgparseHelp.Group(members, required.contains(g)));
            }
        }
        return new Parser(actions, groups, sections);
    }

    private static ArgparseHelp.Action action(OptionSpec o, List<String> requiredNames) {
        ArgparseHelp.Nargs nargs = o.arity().max() == 0 ? ArgparseHelp.Nargs.ZERO : nargs(o.arity(), true);
        // hidden parameter syntax stands for argparse's metavar='' (picocli allows no empty label)
        String metavar = o.hideParamSyntax() ? "" : o.paramLabel();
        return new ArgparseHelp.Action(List.of(o.names()), metavar, nargs,
                o.required() || requiredNames.contains(o.longestName()), text(o.description()));
    }

    private static ArgparseHelp.Nargs nargs(CommandLine.Range arity, boolean required) {
        if (arity.max() > 1) {
            return arity.min() == 0 ? ArgparseHelp.Nargs.ZERO_OR_MORE : ArgparseHelp.Nargs.ONE_OR_MORE;
        }
        return arity.min() == 0 && arity.max() == 1 && !required ? ArgparseHelp.Nargs.OPTIONAL : ArgparseHelp.Nargs.ONE;
    }

    /** A description as argparse would print it: picocli's lines as lines, its %% and %n undone. */
    private static String text(String[] description) {
        if (description == null || description.length == 0) {
            return null;
        }
        return String.join("\n", description).replace("%n", "\n").replace("%%", "%");
    }

    private static List<String> optionSynopses(CommandSpec spec) {
        List<String> parts = new java.util.ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            String name = o.shortestName();
            parts.add(o.arity().max() == 0 ? "[" + name + "]" : "[" + name + " " + o.paramLabel() + "]");
        }
        return parts;
    }

    private static String wrapUsage(String prefix, List<String> parts) {
        StringBuilder sb = new StringBuilder(prefix);
        String indent = " ".repeat(prefix.length() + 1);
        int lineLen = sb.length();
        for (String p : parts) {
            if (lineLen + 1 + p.length() > WRAP && lineLen > indent.length()) {
                sb.append('\n').append(indent).append(p);
                lineLen = indent.length() + p.length();
            } else {
                sb.append(' ').append(p);
                lineLen += 1 + p.length();
            }
        }
        return sb.toString();
    }

    private static void appendOptions(StringBuilder sb, CommandSpec spec) {
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            // argparse repeats the metavar after each name: "-c COLUMN, --column COLUMN"
            List<String> named = new java.util.ArrayList<>();
            for (String n : o.names()) {
                named.add(o.arity().max() > 0 ? n + " " + o.paramLabel() : n);
            }
            String names = String.join(", ", named);
            appendItem(sb, names, String.join(" ", o.description()));
        }
    }

    private static void appendItem(StringBuilder sb, String head, String description) {
        int col = 24;
        String lead = "  " + head;
        List<String> lines = wrap(description, WRAP - col);
        if (lead.length() + 2 > col) {
            sb.append(lead).append('\n');
            for (String l : lines) {
                sb.append(" ".repeat(col)).append(l).append('\n');
            }
        } else {
            for (int i = 0; i < lines.size(); i++) {
                sb.append(i == 0 ? pad(lead, col) : " ".repeat(col)).append(lines.get(i)).append('\n');
            }
            if (lines.isEmpty()) {
                sb.append(lead).append('\n');
            }
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
