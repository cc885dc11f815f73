package dev.jos.trace;

import dev.jos.cli.CommandResult;
import dev.jos.cli.Invocation;
import dev.jos.cli.JosCommand;
import dev.jos.cli.UsageException;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A recording in another tool's format: requestshook's three files (into the -o directory) or
 * HAR 1.2 (to stdout or the -o file). One streaming pass, one exchange held at a time.
 */
public class TraceExport implements JosCommand {
    @Parameters(paramLabel = "<file>", description = "A file written by --record")
    String file;

    @Option(names = "--format", paramLabel = "<format>", required = true,
            description = "requestshook: requestshook.log, diagram.md and body.md into the -o directory; har: HAR 1.2")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "<path>",
            description = "The directory (requestshook) or file (har) to write, readable by you only; har goes to stdout without it")
    String output;

    @Override
    public boolean needsAuth() {
        return false;
    }

    @Override
    public CommandResult run(Invocation inv) throws IOException {
        TraceFile trace = new TraceFile(inv.file(file), file);
        switch (format) {
            case "requestshook" -> {
                if (output == null) {
                    throw new UsageException("argument -o/--output: a directory is required with --format requestshook (it writes "
                            + RequestshookFiles.LOG + ", " + RequestshookFiles.DIAGRAM + " and " + RequestshookFiles.BODY + ")");
                }
                requestshook(trace, inv);
                return CommandResult.done();
            }
            case "har" -> {
                if (output == null) {
                    // validated (and warned about) before the first byte reaches stdout
                    trace.read(false, inv::warn, r -> { });
                    return new CommandResult.Text(out -> har(trace, unclosable(out), null));
                }
                try (Writer out = TraceOutput.newTextFile(inv.file(output))) {
                    har(trace, out, inv);
                } catch (IOException e) {
                    throw TraceOutput.cannotWrite(output, e);
                }
                return CommandResult.done();
            }
            default -> throw new UsageException("argument --format: invalid choice: '" + format
                    + "' (choose from 'requestshook', 'har')");
        }
    }

    private void requestshook(TraceFile trace, Invocation inv) {
        Path dir = TraceOutput.directory(inv.file(output), output);
        try (Writer log = TraceOutput.newTextFile(dir.resolve(RequestshookFiles.LOG));
             Writer diagram = TraceOutput.newTextFile(dir.resolve(RequestshookFiles.DIAGRAM));
             Writer body = TraceOutput.newTextFile(dir.resolve(RequestshookFiles.BODY))) {
            RequestshookFiles files = new RequestshookFiles(log, diagram, body);
            trace.read(true, inv::warn, r -> {
                try {
                    files.add(r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw TraceOutput.cannotWrite(output, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
    }

    private static void har(TraceFile trace, Writer out, Invocation inv) throws IOException {
        try (HarWriter har = new HarWriter(out)) {
            trace.read(true, inv == null ? null : inv::warn, r -> {
                try {
                    har.add(r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Writer unclosable(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush(); // stdout belongs to the output layer
            }
        };
    }
}
