package dev.jos.cli;

import java.io.IOException;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The terminal's width, asked only when a table must fit it (JLine costs start-up time). */
public final class TerminalWidth {
    private TerminalWidth() {
    }

    public static Integer detect() {
        JLineCommands.useSystemCopies();
        try (Terminal t = TerminalBuilder.builder().system(true).dumb(true).build()) {
            int w = t.getWidth();
            return w > 0 ? w : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
