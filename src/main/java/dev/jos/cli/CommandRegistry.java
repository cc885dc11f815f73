package dev.jos.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All commands by name, and cliff's rules for finding one in argv. */
public final class CommandRegistry {

    private final Map<String, CommandEntry> byName = new LinkedHashMap<>();

    public CommandRegistry add(String name, String description, String className) {
        byName.put(name, new CommandEntry(List.of(name.split(" ")), description, className));
        return this;
    }

    public List<CommandEntry> entries() {
        List<CommandEntry> all = new ArrayList<>(byName.values());
        all.sort(Comparator.comparing(CommandEntry::name));
        return all;
    }

    public Optional<CommandEntry> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * cliff's CommandManager.find_command: the command words end at the first option; the
     * longest run of words that names a command wins, where each word may be a unique prefix.
     */
    public Optional<CommandMatch> find(List<String> argv) {
        int last = argv.size();
        for (int i = 0; i < argv.size(); i++) {
            if (argv.get(i).startsWith("-")) {
                last = i;
                break;
            }
        }
        for (int n = last; n > 0; n--) {
            List<String> words = argv.subList(0, n);
            CommandEntry found = byName.get(String.join(" ", words));
            if (found == null) {
                List<CommandEntry> candidates = byPartialName(words);
                if (candidates.size() == 1) {
                    found = candidates.get(0);
                }
            }
            if (found != null) {
                return Optional.of(new CommandMatch(found, List.copyOf(words), List.copyOf(argv.subList(n, argv.size()))));
            }
        }
        return Optional.empty();
    }

    private List<CommandEntry> byPartialName(List<String> words) {
        List<CommandEntry> out = new ArrayList<>();
        for (CommandEntry e : byName.values()) {
            if (e.words().size() != words.size()) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < words.size() && all; i++) {
                all = e.words().get(i).startsWith(words.get(i));
            }
            if (all) {
                out.add(e);
            }
        }
        return out;
    }

    /** cliff's App.get_fuzzy_matches: prefix matches first, else the closest first words. */
    public List<String> fuzzyMatches(String typed) {
        List<Map.Entry<Integer, String>> dist = new ArrayList<>();
        for (CommandEntry e : entries()) {
            String candidate = e.name();
            if (candidate.startsWith(typed)) {
                dist.add(Map.entry(0, candidate));
            } else {
                dist.add(Map.entry(EditDistance.damerauLevenshtein(typed, e.words().get(0)) + 1, candidate));
            }
        }
        dist.sort(Map.Entry.<Integer, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        List<String> matches = new ArrayList<>();
        int matchDistance = 0;
        for (Map.Entry<Integer, String> d : dist) {
            if (d.getKey() > matchDistance) {
                if (matchDistance != 0) {
                    break;
                }
                matchDistance = d.getKey();
            }
            matches.add(d.getValue());
        }
        return matches;
    }
}
