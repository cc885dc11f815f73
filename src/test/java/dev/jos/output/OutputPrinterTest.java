package dev.jos.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The printer's own contract; formatting itself is checked against cliff by CliffGoldenTest. */
class OutputPrinterTest {

    @Test
    void formatChoicesAreCliffs() {
        assertEquals(List.of("csv", "json", "table", "value", "yaml"), OutputPrinter.listFormats());
        assertEquals(List.of("json", "shell", "table", "value", "yaml"), OutputPrinter.showFormats());
    }

    @Test
    void refusesFormatsTheKindDoesNotHave() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        OutputOptions shell = OutputOptions.builder().format("shell").build();
        assertThrows(IllegalArgumentException.class,
                () -> new OutputPrinter().printList(Table.of(List.of("a"), List.of()), shell, out));
        OutputOptions csv = OutputOptions.builder().format("csv").build();
        assertThrows(IllegalArgumentException.class,
                () -> new OutputPrinter().printShow(Record.of(List.of("a"), List.of(1)), csv, out));
        assertEquals("", text.toString());
    }

    @Test
    void writesToTheGivenWriterAndFlushesIt() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, false);
        new OutputPrinter().printShow(Record.of(List.of("id"), List.of("x")),
                OutputOptions.builder().format("value").build(), out);
        assertEquals("x\n", text.toString());
    }

    @Test
    void unsortableColumnsAreReportedToTheWarningSink() {
        List<String> warnings = new ArrayList<>();
        Table table = Table.of(List.of("v"), List.of(List.of(1), List.of("a"))).withRowsAsList();
        StringWriter text = new StringWriter();
        new OutputPrinter(warnings::add).printList(table,
                OutputOptions.builder().format("value").sortColumn("v").build(), new PrintWriter(text));
        assertEquals(List.of("Could not sort on field 'v'; unsortable types"), warnings);
        assertEquals("1\na\n", text.toString());
    }

    @Test
    void recordFromMapSortsFieldsByName() {
        Record record = Record.fromMap(Map.of("name", "vm", "id", "1", "Zone", "a"));
        assertEquals(List.of("Zone", "id", "name"), record.fields());
        assertEquals(List.of("a", "1", "vm"), record.values());
    }

    @Test
    void tablesAndRecordsAcceptNullCellsAndAreImmutable() {
        Table table = Table.of(List.of("a"), List.of(new ArrayList<>(Arrays.asList((Object) null))));
        assertEquals(Arrays.asList((Object) null), table.rows().get(0));
        assertThrows(UnsupportedOperationException.class, () -> table.rows().get(0).add(1));
        Record record = Record.of(List.of("a"), Arrays.asList((Object) null));
        assertThrows(UnsupportedOperationException.class, () -> record.values().set(0, 1));
    }
}
