package dev.jos.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.jos.output.TextWrap;

/**
 * argparse's HelpFormatter (Python 3.11) as cliff's SmartHelpFormatter uses it: the usage (with
 * mutually exclusive groups, wrapped with the positionals on lines of their own), the description
 * filled, and each section's arguments with their help wrapped by {@link TextWrap}.
 */
public final class ArgparseHelp {
    /** One argparse action: option strings (none for a positional), metavar, nargs. */
    public record Action(List<String> optionStrings, String metavar, Nargs nargs, boolean required, String help) {
        boolean positional() {
            return optionStrings.isEmpty();
        }
    }

    /** argparse's nargs values jos's options use. */
    public enum Nargs { ZERO, ONE, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE }

    /** An argument group: its title, description and actions, in the order help lists them. */
    public record Section(String title, String description, List<Action> actions) {
    }

    /** A mutually exclusive group by its actions. */
    public record Group(List<Action> actions, boolean required) {
    }

    private static final Pattern PARTS = Pattern.compile("\\(.*?\\)+(?=\\s|$)|\\[.*?\\]+(?=\\s|$)|\\S+");

    private final String prog;
    private final int width;

    /** {@code width} as argparse takes it: the terminal's columns less 2. */
    public ArgparseHelp(String prog, int width) {
        this.prog = prog;
        this.width = width;
    }

    /** What argparse's print_usage prints: "usage: ..." and a newline. */
    public String usage(List<Action> actions, List<Group> groups) {
        String prefix = "usage: ";
        List<Action> optionals = actions.stream().filter(a -> !a.positional()).toList();
        List<Action> positionals = actions.stream().filter(Action::positional).toList();
        List<Action> all = new ArrayList<>(optionals);
        all.addAll(positionals);
        String actionUsage = actionsUsage(all, groups);
        String usage = actionUsage.isEmpty() ? prog : prog + " " + actionUsage;
        int textWidth = width;
        if (prefix.length() + usage.length() > textWidth) {
            List<String> optParts = parts(actionsUsage(optionals, groups));
            List<String> posParts = parts(actionsUsage(positionals, groups));
            List<String> lines;
            if (prefix.length() + prog.length() <= 0.75 * textWidth) {
                String indent = " ".repeat(prefix.length() + prog.length() + 1);
                // prog and the optionals (or, without any, the positionals), then the positionals below
                List<String> first = new ArrayList<>(List.of(prog));
                first.addAll(optParts.isEmpty() ? posParts : optParts);
                lines = lines(first, indent, prefix, textWidth);
                if (!optParts.isEmpty()) {
                    lines.addAll(lines(posParts, indent, null, textWidth));
                }
            } else {
                String indent = " ".repeat(prefix.length());
                List<String> parts = new ArrayList<>(optParts);
                parts.addAll(posParts);
                lines = lines(parts, indent, null, textWidth);
                if (lines.size() > 1) {
                    lines = lines(optParts, indent, null, textWidth);
                    lines.addAll(lines(posParts, indent, null, textWidth));
                }
                lines.add(0, prog);
            }
            usage = String.join("\n", lines);
        }
        return prefix + usage + "\n";
    }

    /** What argparse's format_help returns: usage, description, then each non-empty section. */
    public String help(List<Action> actions, List<Group> groups, String description, List<Section> sections) {
        StringBuilder sb = new StringBuilder(usage(actions, groups)).append('\n');
        if (description != null && !description.isEmpty()) {
            sb.append(fill(description, Math.max(width, 11), "")).append("\n\n");
        }
        int indent = 2;
        int maxLength = 0;
        for (Section s : sections) {
            for (Action a : s.actions()) {
                maxLength = Math.max(maxLength, invocation(a).length() + indent);
            }
        }
        int maxHelpPosition = Math.min(24, Math.max(width - 20, 4));
        int helpPosition = Math.min(maxLength + 2, maxHelpPosition);
        for (Section s : sections) {
            StringBuilder items = new StringBuilder();
            if (s.description() != null) {
                items.append(fill(s.description(), Math.max(width - indent, 11), " ".repeat(indent))).append("\n\n");
            }
            for (Action a : s.actions()) {
                items.append(action(a, indent, helpPosition));
            }
            if (items.length() > 0) {
                sb.append('\n').append(s.title()).append(":\n").append(items).append('\n');
            }
        }
        String help = sb.toString().replaceAll("\n\n\n+", "\n\n");
        return help.replaceAll("^\n+|\n+$", "") + "\n";
    }

    private String action(Action a, int indent, int helpPosition) {
        int helpWidth = Math.max(width - helpPosition, 11);
        int actionWidth = helpPosition - indent - 2;
        String header = invocation(a);
        String pad = " ".repeat(indent);
        boolean hasHelp = a.help() != null && !a.help().isEmpty();
        StringBuilder sb = new StringBuilder();
        int indentFirst;
        if (!hasHelp) {
            return pad + header + "\n";
        } else if (header.length() <= actionWidth) {
            sb.append(pad).append(header).append(" ".repeat(actionWidth - header.length())).append("  ");
            indentFirst = 0;
        } else {
            sb.append(pad).append(header).append('\n');
            indentFirst = helpPosition;
        }
        if (!a.help().isBlank()) {
            List<String> lines = splitLines(a.help(), helpWidth);
            // textwrap gives no line for a help of only spaces between newlines: argparse would fail
            // on lines[0]; such help does not occur
            sb.append(" ".repeat(indentFirst)).append(lines.isEmpty() ? "" : lines.get(0)).append('\n');
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                sb.append(" ".repeat(helpPosition)).append(line).append('\n');
            }
        } else if (sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
        return sb.toString();
    }

    /** HelpFormatter._fill_text: whitespace collapsed, then textwrap.fill with the indent on every line. */
    private static String fill(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        for (String line : TextWrap.wrap(text.replaceAll("\\s+", " ").strip(), width - indent.length())) {
            lines.add(indent + line);
        }
        return String.join("\n", lines);
    }

    /** cliff's SmartHelpFormatter: each line of a help with newlines wrapped on its own. */
    private static List<String> splitLines(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.contains("\n") ? text.split("\r\n|\r|\n", -1) : new String[] {text}) {
            out.addAll(TextWrap.wrap(line.replaceAll("\\s+", " ").strip(), width));
        }
        return out;
    }

    private static String invocation(Action a) {
        if (a.positional()) {
            return a.metavar();
        }
        if (a.nargs() == Nargs.ZERO) {
            return String.join(", ", a.optionStrings());
        }
        List<String> parts = new ArrayList<>();
        for (String o : a.optionStrings()) {
            parts.add(o + " " + args(a));
        }
        return String.join(", ", parts);
    }

    private static String args(Action a) {
        String m = a.metavar();
        return switch (a.nargs()) {
            case OPTIONAL -> "[" + m + "]";
            case ZERO_OR_MORE -> "[" + m + " ...]";
            case ONE_OR_MORE -> m + " [" + m + " ...]";
            default -> m;
        };
    }

    private static String actionsUsage(List<Action> actions, List<Group> groups) {
        Set<Action> grouped = new HashSet<>();
        Map<Integer, String> inserts = new HashMap<>();
        for (Group g : groups) {
            int start = actions.indexOf(g.actions().get(0));
            if (start < 0) {
                continue;
            }
            int end = start + g.actions().size();
            if (end <= actions.size() && actions.subList(start, end).equals(g.actions())) {
                grouped.addAll(g.actions());
                if (!g.required()) {
                    inserts.merge(start, "[", (x, y) -> x + " " + y);
                    inserts.merge(end, "]", (x, y) -> x + y);
                } else if (g.actions().size() > 1) {
                    inserts.merge(start, "(", (x, y) -> x + " " + y);
                    inserts.merge(end, ")", (x, y) -> x + y);
                }
                for (int i = start + 1; i < end; i++) {
                    inserts.put(i, "|");
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (Action a : actions) {
            String part;
            if (a.positional()) {
                part = args(a);
                if (grouped.contains(a) && part.startsWith("[") && part.endsWith("]")) {
                    part = part.substring(1, part.length() - 1);
                }
            } else {
                String option = a.optionStrings().get(0);
                part = a.nargs() == Nargs.ZERO ? option : option + " " + args(a);
                if (!a.required() && !grouped.contains(a)) {
                    part = "[" + part + "]";
                }
            }
            parts.add(part);
        }
        for (int i = actions.size(); i >= 0; i--) {
            if (inserts.containsKey(i)) {
                parts.add(i, inserts.get(i));
            }
        }
        String text = String.join(" ", parts);
        text = text.replaceAll("([\\[(]) ", "$1");
        text = text.replaceAll(" ([\\])])", "$1");
        text = text.replaceAll("[\\[(] *[\\])]", "");
        return text.strip();
    }

    private static List<String> parts(String usage) {
        List<String> out = new ArrayList<>();
        Matcher m = PARTS.matcher(usage);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> lines(List<String> parts, String indent, String prefix, int textWidth) {
        List<String> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        int lineLen = prefix != null ? prefix.length() - 1 : indent.length() - 1;
        for (String part : parts) {
            if (lineLen + 1 + part.length() > textWidth && !line.isEmpty()) {
                lines.add(indent + String.join(" ", line));
                line.clear();
                lineLen = indent.length() - 1;
            }
            line.add(part);
            lineLen += part.length() + 1;
        }
        if (!line.isEmpty()) {
            lines.add(indent + String.join(" ", line));
        }
        if (prefix != null) {
            lines.set(0, lines.get(0).substring(indent.length()));
        }
        return lines;
    }
}
