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

    public HelpPrinter(CommandRegistry registry, GlobalOptions globals, PrintWriter out) {
        this.registry = registry;
        this.globals = globals;
        this.out = out;
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
        CommandSpec spec = cl.getCommandSpec();
        StringBuilder sb = new StringBuilder(usageLine(cl)).append('\n');
        sb.append(entry.description()).append("\n");
        if (!spec.positionalParameters().isEmpty()) {
            sb.append("\npositional arguments:\n");
            for (PositionalParamSpec p : spec.positionalParameters()) {
                appendItem(sb, p.paramLabel(), String.join(" ", p.description()));
            }
        }
        sb.append("\noptions:\n");
        appendOptions(sb, spec);
        out.print(sb);
        out.flush();
    }

    /** argparse's "usage: prog [-h] [--opt VALUE] positional" line, wrapped like argparse. */
    public String usageLine(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        List<String> parts = new java.util.ArrayList<>(optionSynopses(spec));
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String label = p.paramLabel();
            parts.add(p.arity().max() > 1 ? label + " [" + label + " ...]" : label);
        }
        return wrapUsage("usage: " + spec.qualifiedName(" "), parts) + "\n";
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
