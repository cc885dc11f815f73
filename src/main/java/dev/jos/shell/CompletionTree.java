package dev.jos.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.jos.cli.CommandEntry;
import dev.jos.cli.CommandRegistry;
import dev.jos.cli.CommandSpecs;
import dev.jos.cli.GlobalOptions;
import dev.jos.cli.OptionOrder;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What completion knows of jos's commands: for each run of command words, the words that may
 * follow, and for a command its options (those taking a value, with the kind of resource the
 * value names) and the kind its arguments name. Built from the registry and the commands'
 * picocli specs; a command's class is loaded only when its node is asked for, so a completion
 * inside one command loads that command alone.
 */
public final class CompletionTree {
    /** Kinds whose names come from `KIND list`, with the kinds of options that name one. */
    static final Set<String> LISTED = Set.of("domain", "flavor", "image", "keypair", "network", "port", "project",
            "role", "router", "security-group", "server", "subnet", "user");
    static final Map<String, String> OPTION_KINDS = Map.ofEntries(Map.entry("--flavor", "flavor"),
            Map.entry("--image", "image"), Map.entry("--network", "network"), Map.entry("--subnet", "subnet"),
            Map.entry("--security-group", "security-group"), Map.entry("--key-name", "keypair"),
            Map.entry("--project", "project"), Map.entry("--user", "user"), Map.entry("--role", "role"),
            Map.entry("--domain", "domain"), Map.entry("--server", "server"), Map.entry("--port", "port"),
            Map.entry("--router", "router"), Map.entry("--remote-group", "security-group"));
    /** What a positional argument completes to when it names no resource: files, or nothing. */
    static final String FILE = "file";
    /** cliff's own command, which every OSC tree has. */
    static final String HELP = "help";

    /**
     * One run of words. {@code valueOptions} maps each option taking a value to the kind it names
     * ("" for none, {@link #FILE} for a file); {@code positional} is the kind the command's
     * arguments name, {@link #FILE} or "".
     */
    public record Node(List<String> path, Set<String> children, List<String> options,
                       Map<String, String> valueOptions, String positional, boolean command) {
        public String key() {
            return String.join(" ", path);
        }
    }

    private final CommandRegistry registry;
    private final Map<String, Node> nodes = new LinkedHashMap<>();

    public CompletionTree(CommandRegistry registry) {
        this.registry = registry;
    }

    /** Every path that has words after it or is a command, root first, then sorted. */
    public List<Node> all() {
        Set<String> paths = new TreeSet<>();
        for (CommandEntry e : registry.entries()) {
            for (int i = 1; i <= e.words().size(); i++) {
                paths.add(String.join(" ", e.words().subList(0, i)));
            }
        }
        paths.add(HELP);
        List<Node> out = new ArrayList<>();
        out.add(node(List.of()));
        for (String p : paths) {
            out.add(node(List.of(p.split(" "))));
        }
        return out;
    }

    /** The node at these words (words must be exact); null when no command starts with them. */
    public Node node(List<String> path) {
        String key = String.join(" ", path);
        Node known = nodes.get(key);
        if (known != null) {
            return known;
        }
        Set<String> children = new TreeSet<>();
        CommandEntry command = null;
        for (CommandEntry e : registry.entries()) {
            List<String> w = e.words();
            if (w.size() > path.size() && w.subList(0, path.size()).equals(path)) {
                children.add(w.get(path.size()));
            } else if (w.equals(path)) {
                command = e;
            }
        }
        if (path.isEmpty()) {
            children.add(HELP);
        }
        Node n;
        if (path.isEmpty()) {
            n = fromSpec(path, children, new GlobalOptions().spec(), false, "");
        } else if (path.equals(List.of(HELP))) {
            n = new Node(path, children, List.of("-h", "--help"), Map.of(), "", true);
        } else if (command != null) {
            CommandSpec spec = CommandSpecs.of(command.instantiate());
            OptionOrder.stabilize(spec);
            n = fromSpec(path, children, spec, true, positionalKind(command, spec));
        } else if (!children.isEmpty()) {
            n = new Node(path, children, List.of(), Map.of(), "", false);
        } else {
            return null;
        }
        nodes.put(key, n);
        return n;
    }

    private static Node fromSpec(List<String> path, Set<String> children, CommandSpec spec, boolean command,
                                 String positional) {
        List<String> options = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        if (command) {
            options.add("-h");
            options.add("--help"); // argparse's, first as in cliff's complete
        }
        for (OptionSpec o : spec.options()) {
            for (String name : o.names()) {
                if (options.contains(name)) {
                    continue;
                }
                options.add(name);
                if (o.arity().max() > 0 && !o.type().equals(boolean.class) && !o.type().equals(Boolean.class)
                        && !o.type().equals(boolean[].class)) {
                    values.put(name, optionKind(o));
                }
            }
        }
        return new Node(path, children, List.copyOf(options), values, positional, command);
    }

    private static String optionKind(OptionSpec o) {
        for (String name : o.names()) {
            String kind = OPTION_KINDS.get(name);
            if (kind != null) {
                return kind;
            }
        }
        return isFile(o.type(), o.paramLabel(), o.longestName()) ? FILE : "";
    }

    /**
     * `flavor show <flavor>`, `server delete <server> ...`: a command of a listed kind that neither
     * creates nor lists names that kind with its arguments; a file argument completes files.
     */
    static String positionalKind(CommandEntry e, CommandSpec spec) {
        if (spec.positionalParameters().isEmpty()) {
            return "";
        }
        PositionalParamSpec first = spec.positionalParameters().get(0);
        if (isFile(first.type(), first.paramLabel(), "")) {
            return FILE;
        }
        String kind = namedKind(e.words());
        String label = first.paramLabel().replaceAll("[<>]", "");
        if (kind == null || (!label.equals(kind) && label.startsWith(kind + "-"))) {
            return ""; // `server group show <server-group>`: a resource of its own, not a server
        }
        return kind;
    }

    /**
     * The kind a command's arguments name: its words before the verb as one kind
     * (`security group show` names a security-group), else its first word (`server add port`
     * names a server); null for a verb that creates or lists, or a kind jos cannot list.
     */
    static String namedKind(List<String> words) {
        String verb = words.get(words.size() - 1);
        if (words.size() < 2 || verb.equals("create") || verb.equals("list")) {
            return null;
        }
        String whole = String.join("-", words.subList(0, words.size() - 1));
        if (LISTED.contains(whole)) {
            return whole;
        }
        return LISTED.contains(words.get(0)) ? words.get(0) : null;
    }

    /** The list command of a kind: `security-group` is listed by `security group list`. */
    static List<String> listCommand(String kind) {
        List<String> words = new java.util.ArrayList<>(List.of(kind.split("-")));
        words.add("list");
        return words;
    }

    private static boolean isFile(Class<?> type, String label, String name) {
        String l = (label + " " + name).toLowerCase(java.util.Locale.ROOT);
        return type.equals(Path.class) || type.equals(File.class) || l.contains("file") || l.contains("<path");
    }
}
