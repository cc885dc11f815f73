package dev.jos.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A list whose generator raised after some rows (an SDK page that failed): what cliff has
 * printed by then, per formatter, before the error. Checked against OSC 6.0's
 * `keypair list --limit 1` on nova before 2.35 and `-f csv` on a refused list.
 */
class FailingListOutputTest {
    private final RuntimeException boom = new IllegalStateException("Endless pagination loop detected, aborting");
    private final Table table = Table.of(List.of("Name", "Type"), List.of(List.of("k1", "ssh"), List.of("k1", "ssh")))
            .withFailureAfterRows(boom);

    private String printed(OutputOptions options) {
        StringWriter out = new StringWriter();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> new OutputPrinter().printList(table, options, new PrintWriter(out)));
        assertSame(boom, e);
        return out.toString();
    }

    @Test
    void streamingFormattersPrintTheRowsBeforeTheError() {
        assertEquals("\"Name\",\"Type\"\n\"k1\",\"ssh\"\n\"k1\",\"ssh\"\n", printed(OutputOptions.builder().format("csv").build()));
        assertEquals("k1 ssh\nk1 ssh\n", printed(OutputOptions.builder().format("value").build()));
        // a first page that fails: csv has written its header
        StringWriter out = new StringWriter();
        assertThrows(IllegalStateException.class, () -> new OutputPrinter().printList(
                Table.of(List.of("Name"), List.of()).withFailureAfterRows(boom),
                OutputOptions.builder().format("csv").build(), new PrintWriter(out)));
        assertEquals("\"Name\"\n", out.toString());
    }

    @Test
    void collectingFormattersAndSortsPrintNothing() {
        for (String f : List.of("table", "json", "yaml")) {
            assertEquals("", printed(OutputOptions.builder().format(f).build()), f);
        }
        assertEquals("", printed(OutputOptions.builder().format("csv").sortColumns(List.of("Name")).build()));
        // a sort column the table does not have sorts nothing, so the rows still stream
        assertEquals("k1\nk1\n", printed(OutputOptions.builder().format("value").columns(List.of("Name"))
                .sortColumns(List.of("Nope")).build()));
    }
}
