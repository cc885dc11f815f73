package dev.jos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.jos.session.CommandException;

class BulkDeleteTest {
    private final StringWriter err = new StringWriter();
    private final Invocation inv = new Invocation(null, new PrintWriter(err), () -> false);

    @Test
    void everyItemIsTriedWhateverTheFirstOneThrew() {
        List<String> tried = new ArrayList<>();
        CommandException e = assertThrows(CommandException.class, () -> new BulkDelete(inv, "user", "users")
                .run(List.of("a b", "nosuch2", "ok"), item -> {
                    tried.add(item);
                    if (item.equals("a b")) {
                        throw new IllegalArgumentException("Illegal character in path at index 36");
                    }
                    if (item.equals("nosuch2")) {
                        throw new CommandException("No user with a name or ID of 'nosuch2' exists.");
                    }
                }));
        assertEquals(List.of("a b", "nosuch2", "ok"), tried);
        assertEquals("2 of 3 users failed to delete.", e.getMessage());
        assertEquals("Failed to delete user with name or ID 'a b': Illegal character in path at index 36\n"
                + "Failed to delete user with name or ID 'nosuch2': No user with a name or ID of 'nosuch2' exists.\n",
                err.toString());
    }

    @Test
    void aFailureWithoutAMessageIsNotAJavaClassName() {
        assertThrows(CommandException.class, () -> new BulkDelete(inv, "project", "projects")
                .run(List.of("x"), item -> {
                    throw new NullPointerException();
                }));
        assertEquals("Failed to delete project with name or ID 'x': unexpected error\n", err.toString());
    }
}
