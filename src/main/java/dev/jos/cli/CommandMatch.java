package dev.jos.cli;

import java.util.List;

/** The command found in argv, the words the user typed for it, and the arguments left for it. */
public record CommandMatch(CommandEntry entry, List<String> typedWords, List<String> rest) {
}
