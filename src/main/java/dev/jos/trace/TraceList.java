package dev.jos.trace;

import dev.jos.cli.Invocation;
import dev.jos.cli.ListCommand;
import dev.jos.output.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** One row per recorded exchange, through cliff's list formats (-f csv/json/value, -c, --sort-column). */
public class TraceList extends ListCommand {
    static final List<String> COLUMNS = List.of("#", "Time", "Command", "From", "To", "Method", "Path", "Status", "ms");

    @Parameters(paramLabel = "<file>", description = "A file written by --record")
    String file;

    @Option(names = "--profile", paramLabel = "<trace.json>",
            description = "Merge an OSProfiler trace (`osprofiler trace show --json ID`): one row per call between services too, in time order. Repeat for several traces")
    List<String> profiles;

    @Override
    public boolean needsAuth() {
        return false;
    }

    @Override
    protected Table list(Invocation inv) {
        List<List<Object>> rows = new ArrayList<>();
        TraceFile trace = new TraceFile(inv.file(file), file);
        TraceDiagram.withProfiles(inv, trace, profiles, true).read(false, inv::warn, r -> rows.add(row(r)));
        return new Table(COLUMNS, rows);
    }

    static List<Object> row(TraceRecord r) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(r.number());
        row.add(r.time() == null ? "" : r.time());
        row.add(r.commandLine());
        row.add(r.from());
        row.add(r.to());
        row.add(r.method());
        row.add(r.pathAndQuery());
        // 0 for an exchange that got no response, as HAR writes it: keeps the column sortable
        row.add(r.status() == null ? 0 : r.status());
        row.add(r.durationMs() == null ? 0.0 : r.durationMs());
        return row;
    }
}
