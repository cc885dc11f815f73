package dev.jos.cli;

import java.util.List;

/**
 * A registered command: its words as OSC spells them, the one-line description shown by
 * `jos --help`, and the class that implements it. The class is named, not referenced, so
 * that start-up loads only the command that runs.
 */
public record CommandEntry(List<String> words, String description, String className) {

    public String name() {
        return String.join(" ", words);
    }

    public JosCommand instantiate() {
        try {
            return (JosCommand) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("command class " + className + " cannot be created", e);
        }
    }
}
