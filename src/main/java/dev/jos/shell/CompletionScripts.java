package dev.jos.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.jos.cli.Commands;

/**
 * The completion scripts in completions/: bash (jos.bash), zsh (_jos, native compsys) and fish
 * (jos.fish). Each is a fixed function (a resource beside this class) and the command tree as
 * shell variables, so command words and options complete without starting jos; only a value
 * that names a resource calls `jos __complete`. A unit test fails when a checked-in script
 * differs from what this writes.
 */
public final class CompletionScripts {
    /** File name in completions/ and the resource holding the shell's function, per shell. */
    public static final Map<String, String> FILES = Map.of("bash", "jos.bash", "zsh", "_jos", "fish", "jos.fish");

    private CompletionScripts() {
    }

    public static String script(String shell, CompletionTree tree) {
        String template = resource(FILES.get(shell));
        StringBuilder data = new StringBuilder();
        for (CompletionTree.Node n : tree.all()) {
            String key = String.join("_", n.path()).replace('-', '_');
            if (!n.children().isEmpty()) {
                data.append(assign(shell, "_jos_w_" + key, String.join(" ", n.children())));
            }
            if (!n.options().isEmpty()) {
                data.append(assign(shell, "_jos_o_" + key, String.join(" ", n.options())));
            }
            if (!n.valueOptions().isEmpty()) {
                List<String> v = new ArrayList<>();
                n.valueOptions().forEach((name, kind) -> v.add(name + ":" + kind));
                data.append(assign(shell, "_jos_v_" + key, String.join(" ", v)));
            }
            if (!n.positional().isEmpty()) {
                data.append(assign(shell, "_jos_p_" + key, n.positional()));
            }
        }
        return template.replace("@DATA@\n", data.toString());
    }

    private static String assign(String shell, String name, String value) {
        return switch (shell) {
            case "fish" -> "set -g " + name + " '" + value + "'\n";
            case "zsh" -> "typeset -g " + name + "='" + value + "'\n";
            default -> name + "='" + value + "'\n";
        };
    }

    private static String resource(String name) {
        try (InputStream in = CompletionScripts.class.getResourceAsStream(name + ".in")) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + ".in");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the three scripts: {@code java -cp "target/jos.jar:target/lib/*" dev.jos.shell.CompletionScripts completions}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "completions");
        CompletionTree tree = new CompletionTree(Commands.registry());
        for (Map.Entry<String, String> e : FILES.entrySet()) {
            Files.writeString(dir.resolve(e.getValue()), script(e.getKey(), tree));
        }
    }
}
