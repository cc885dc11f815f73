package dev.jos.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Completion of one command line, the same for the shell scripts' `jos __complete` and the
 * interactive shell: command words, options, and the names a value stands for (from a
 * {@link NameSource}). The answer follows cobra's protocol: candidates and a directive.
 */
public final class Completer {
    /** cobra's ShellCompDirective bits. */
    public static final int DEFAULT = 0;
    public static final int ERROR = 1;
    public static final int NO_SPACE = 2;
    public static final int NO_FILE_COMP = 4;
    public static final int FILTER_FILE_EXT = 8;
    public static final int FILTER_DIRS = 16;
    public static final int KEEP_ORDER = 32;

    /** Where the names of a kind come from (the name cache, or nothing). */
    @FunctionalInterface
    public interface NameSource {
        List<String> names(String kind, List<String> globalArgs);
    }

    public record Result(List<String> candidates, int directive) {
        /** cobra's wire form: a candidate per line, then {@code :directive}. */
        public String protocol() {
            StringBuilder sb = new StringBuilder();
            for (String c : candidates) {
                sb.append(c).append('\n');
            }
            return sb.append(':').append(directive).append('\n').toString();
        }
    }

    /** What the words before the cursor say: where in the tree, and what the cursor word is. */
    public record Position(CompletionTree.Node node, String valueKind, boolean positional, List<String> globalArgs) {
    }

    private final CompletionTree tree;
    private final NameSource names;

    public Completer(CompletionTree tree, NameSource names) {
        this.tree = tree;
        this.names = names;
    }

    /** @param words the words after {@code jos}; the last is the one being completed ("" for none yet) */
    public Result complete(List<String> words) {
        if (words.isEmpty()) {
            words = List.of("");
        }
        String current = words.get(words.size() - 1);
        Position at = locate(words.subList(0, words.size() - 1));
        List<String> out = new ArrayList<>();
        if (at.valueKind() != null) {
            if (at.valueKind().equals(CompletionTree.FILE) || at.valueKind().isEmpty()) {
                return new Result(List.of(), at.valueKind().isEmpty() ? NO_FILE_COMP : DEFAULT);
            }
            addMatching(out, names.names(at.valueKind(), at.globalArgs()), current);
            return new Result(out, NO_FILE_COMP);
        }
        CompletionTree.Node node = at.node();
        if (current.startsWith("-")) {
            addMatching(out, node.options(), current);
            return new Result(out, NO_FILE_COMP);
        }
        if (!at.positional()) {
            addMatching(out, node.children(), current);
        }
        if (node.command()) {
            if (node.positional().equals(CompletionTree.FILE)) {
                return new Result(out, DEFAULT);
            }
            if (!node.positional().isEmpty()) {
                addMatching(out, names.names(node.positional(), at.globalArgs()), current);
            }
        }
        return new Result(out, NO_FILE_COMP);
    }

    /** Walks the words as cliff finds a command: words until the first option, then options and arguments. */
    public Position locate(List<String> before) {
        CompletionTree.Node root = tree.node(List.of());
        CompletionTree.Node node = root;
        List<String> globals = new ArrayList<>();
        boolean positional = false;
        for (int i = 0; i < before.size(); i++) {
            String w = before.get(i);
            if (w.startsWith("-") && w.length() > 1) {
                String name = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
                boolean global = !node.valueOptions().containsKey(name) && !node.options().contains(name)
                        && root.options().contains(name);
                Map<String, String> values = global ? root.valueOptions() : node.valueOptions();
                if (global) {
                    globals.add(w);
                }
                if (values.containsKey(name) && !w.contains("=")) {
                    if (i == before.size() - 1) {
                        return new Position(node, values.get(name), false, globals);
                    }
                    if (global) {
                        globals.add(before.get(i + 1));
                    }
                    i++;
                }
                continue;
            }
            if (!positional && node.children().contains(w)) {
                List<String> path = new ArrayList<>(node.path());
                path.add(w);
                CompletionTree.Node next = tree.node(path);
                if (next != null) {
                    node = next;
                    continue;
                }
            }
            positional = true;
        }
        return new Position(node, null, positional, globals);
    }

    private static void addMatching(List<String> out, Iterable<String> all, String prefix) {
        for (String s : all) {
            if (s.startsWith(prefix) && !out.contains(s)) {
                out.add(s);
            }
        }
    }
}
