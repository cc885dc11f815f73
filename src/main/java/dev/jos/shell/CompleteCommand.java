package dev.jos.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.jos.cli.CommandEntry;
import dev.jos.cli.CommandResult;
import dev.jos.cli.Commands;
import dev.jos.cli.Invocation;
import dev.jos.cli.JosCommand;
import dev.jos.cli.UsageException;
import picocli.CommandLine.Option;

/** cliff's `complete`: the command tree as bash variables (cliff.complete), for OSC's users' scripts. */
public class CompleteCommand implements JosCommand {
    @Option(names = "--name", paramLabel = "<command_name>", description = "Command name to support with command completion")
    String name;

    @Option(names = "--shell", paramLabel = "<shell>", description = "Shell being used. Use none for data only (default: bash)")
    String shell = "bash";

    @Override
    public boolean needsAuth() {
        return false;
    }

    @Override
    public CommandResult run(Invocation inv) {
        if (!shell.equals("bash") && !shell.equals("none")) {
            throw new UsageException("argument --shell: invalid choice: '" + shell + "' (choose from 'bash', 'none')");
        }
        String text = script(name == null ? "jos" : name, shell.equals("bash"), Commands.registry().entries());
        return new CommandResult.Text(out -> out.write(text));
    }

    static String script(String name, boolean bash, List<CommandEntry> entries) {
        CompletionTree tree = new CompletionTree(Commands.registry());
        Map<String, Object> dict = new TreeMap<>();
        List<List<String>> commands = new ArrayList<>();
        for (CommandEntry e : entries) {
            commands.add(e.words());
        }
        commands.add(List.of(CompletionTree.HELP));
        commands.sort((a, b) -> String.join(" ", a).compareTo(String.join(" ", b)));
        for (List<String> words : commands) {
            addCommand(dict, words, String.join(" ", tree.node(words).options()));
        }
        StringBuilder sb = new StringBuilder();
        String escaped = name.replace('-', '_');
        if (bash) {
            sb.append('_').append(escaped).append("()\n{\n  local cur prev words\n  COMPREPLY=()\n"
                    + "  _get_comp_words_by_ref -n : cur prev words\n\n  # Command data:\n");
        }
        sb.append("  cmds='").append(String.join(" ", dict.keySet())).append("'\n");
        List<String[]> data = new ArrayList<>();
        collect(dict, "", data);
        data.sort((a, b) -> a[0].compareTo(b[0]) != 0 ? a[0].compareTo(b[0]) : a[1].compareTo(b[1]));
        for (String[] d : data) {
            sb.append("  cmds_").append(d[0].replace('-', '_')).append("='").append(d[1]).append("'\n");
        }
        if (bash) {
            sb.append(TRAILER).append("complete -F _").append(escaped).append(' ').append(name).append('\n');
        }
        return sb.toString();
    }

    /** cliff's CompleteDictionary.add_command, word for word. */
    @SuppressWarnings("unchecked")
    private static void addCommand(Map<String, Object> dict, List<String> command, String optstr) {
        Map<String, Object> d = dict;
        String last = command.get(command.size() - 1);
        for (String sub : command.subList(0, command.size() - 1)) {
            Object subdata = d.get(sub);
            if (subdata instanceof String s) {
                d.put(sub, s + " " + last);
                last = sub + "_" + last;
            } else {
                d = (Map<String, Object>) d.computeIfAbsent(sub, k -> new TreeMap<String, Object>());
            }
        }
        d.put(last, optstr);
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> dict, String path, List<String[]> out) {
        for (Map.Entry<String, Object> e : dict.entrySet()) {
            String name = path.isEmpty() ? e.getKey() : path + "_" + e.getKey();
            if (e.getValue() instanceof String s) {
                out.add(new String[] {name, s});
            } else {
                Map<String, Object> sub = (Map<String, Object>) e.getValue();
                out.add(new String[] {name, String.join(" ", sub.keySet())});
                collect(sub, name, out);
            }
        }
    }

    private static final String TRAILER = """

              dash=-
              underscore=_
              cmd=""
              words[0]=""
              completed="${cmds}"
              for var in "${words[@]:1}"
              do
                if [[ ${var} == -* ]] ; then
                  break
                fi
                if [ -z "${cmd}" ] ; then
                  proposed="${var}"
                else
                  proposed="${cmd}_${var}"
                fi
                local i="cmds_${proposed}"
                i=${i//$dash/$underscore}
                local comp="${!i}"
                if [ -z "${comp}" ] ; then
                  break
                fi
                if [[ ${comp} == -* ]] ; then
                  if [[ ${cur} != -* ]] ; then
                    completed=""
                    break
                  fi
                fi
                cmd="${proposed}"
                completed="${comp}"
              done

              if [ -z "${completed}" ] ; then
                COMPREPLY=( $( compgen -f -- "$cur" ) $( compgen -d -- "$cur" ) )
              else
                COMPREPLY=( $(compgen -W "${completed}" -- ${cur}) )
              fi
              return 0
            }
            """;
}
