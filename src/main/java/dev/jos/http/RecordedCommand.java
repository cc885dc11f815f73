package dev.jos.http;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The jos run that a --record line belongs to, so one file can hold a whole exercise: a random
 * id per run, the argv as typed (secrets already redacted) and the registry name of the command
 * ({@code server create}), or null when no command matched.
 */
public record RecordedCommand(String invocationId, List<String> argv, String name) {

    public RecordedCommand {
        Objects.requireNonNull(invocationId, "invocationId");
        argv = List.copyOf(argv);
    }

    /** A new run: a fresh random id, and argv (without the program name) redacted. */
    public static RecordedCommand of(List<String> argv, String name) {
        List<String> shown = new java.util.ArrayList<>();
        shown.add("jos");
        shown.addAll(Redactor.argv(argv));
        return new RecordedCommand(UUID.randomUUID().toString(), shown, name);
    }
}
