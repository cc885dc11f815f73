package dev.jos.trace;

import dev.jos.cli.CommandResult;
import dev.jos.cli.Invocation;
import dev.jos.cli.JosCommand;
import dev.jos.cli.UsageException;
import dev.jos.session.CommandException;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A recording as a Mermaid sequence diagram, in requestshook's arrow format, split into parts
 * that each stay readable. Reads the file twice (plan, then write), holding no exchange, so its
 * memory does not grow with the file.
 */
public class TraceDiagram implements JosCommand {
    @Parameters(paramLabel = "<file>", description = "A file written by --record")
    String file;

    @Option(names = "--split", paramLabel = "<command|phase|N>",
            description = "Split into parts: one per jos command, one per phase of a command (authenticate, look up, change, check), or every N messages. Parts of a command or phase longer than 100 messages are split further; no part passes Mermaid's 50,000-character limit")
    String split;

    @Option(names = {"-o", "--output"}, paramLabel = "<path>",
            description = "Write to this file, or, when there are several parts (or with --split), to this directory, one file per part (part-001.mmd ...), instead of stdout; files are readable by you only")
    String output;

    @Option(names = "--format", paramLabel = "<format>",
            description = "mermaid (default), plantuml, svg (drawn by PlantUML, one file per part) or html (one page that opens offline: the diagram and every request and response)")
    String format;

    @Option(names = "--profile", paramLabel = "<trace.json>",
            description = "Merge an OSProfiler trace (what `osprofiler trace show --json ID` prints, for a command recorded with --os-profile): the services' own HTTP calls and RPCs, in time order between the recorded exchanges. Repeat for several traces")
    List<String> profiles;

    @Override
    public boolean needsAuth() {
        return false;
    }

    @Override
    public CommandResult run(Invocation inv) throws IOException {
        DiagramPlan.SplitMode mode = mode();
        int perPart = mode == DiagramPlan.SplitMode.COUNT ? count() : 0;
        TraceFile trace = new TraceFile(inv.file(file), file);
        TraceSource source = withProfiles(inv, trace, profiles, false);
        DiagramPlan plan = new DiagramPlan(mode, perPart, "jos");
        source.read(false, inv::warn, plan::add);
        int parts = plan.parts.size();
        String fmt = format == null ? "mermaid" : format;
        DiagramSyntax syntax = switch (fmt) {
            case "mermaid" -> new MermaidSyntax(plan);
            case "plantuml", "svg", "html" -> new PlantUmlSyntax(plan);
            default -> throw new UsageException("argument --format: invalid choice: '" + fmt
                    + "' (choose from 'mermaid', 'plantuml', 'svg', 'html')");
        };
        if (fmt.equals("html")) {
            return html(inv, trace, source, plan, syntax);
        }
        if (output == null) {
            if (fmt.equals("svg") && parts > 1) {
                throw new CommandException("The diagram has " + parts + " parts: give -o a directory for their SVG files");
            }
            return new CommandResult.Text(out -> MermaidWriter.write(source, plan, syntax, drawn(fmt, stdoutParts(out))));
        }
        Path target = inv.file(output);
        // several parts need a directory; a file the user named is never turned into one
        boolean toDirectory = Files.isDirectory(target) || ((split != null || parts > 1) && !Files.isRegularFile(target));
        if (!toDirectory && parts > 1) {
            throw new CommandException("The diagram has " + parts + " parts (Mermaid reads at most "
                    + DiagramPlan.MERMAID_LIMIT + " characters each): give -o a directory, not the file " + output);
        }
        String extension = switch (fmt) {
            case "plantuml" -> "puml";
            case "svg" -> "svg";
            default -> "mmd";
        };
        try {
            if (toDirectory) {
                Path dir = TraceOutput.directory(target, output);
                MermaidWriter.write(source, plan, syntax, drawn(fmt, new MermaidWriter.PartSink() {
                    @Override
                    public Writer open(DiagramPlan.Part part) throws IOException {
                        return TraceOutput.newTextFile(dir.resolve(String.format("part-%03d.%s", part.index + 1, extension)));
                    }

                    @Override
                    public void done(DiagramPlan.Part part, Writer out) throws IOException {
                        out.close();
                    }
                }));
            } else {
                try (Writer out = TraceOutput.newTextFile(target)) {
                    MermaidWriter.write(source, plan, syntax, drawn(fmt, stdoutParts(out)));
                }
            }
        } catch (IOException e) {
            throw TraceOutput.cannotWrite(output, e);
        }
        return CommandResult.done();
    }

    /** For svg, each part's PlantUML text is drawn when it is complete; else parts go as written. */
    private static MermaidWriter.PartSink drawn(String fmt, MermaidWriter.PartSink sink) {
        if (!fmt.equals("svg")) {
            return sink;
        }
        SvgRenderer renderer = new SvgRenderer();
        return new MermaidWriter.PartSink() {
            @Override
            public Writer open(DiagramPlan.Part part) {
                return new java.io.StringWriter(); // one part at a time: bounded by the part limits
            }

            @Override
            public void done(DiagramPlan.Part part, Writer text) throws IOException {
                Writer out = sink.open(part);
                out.write(renderer.render(text.toString()));
                sink.done(part, out);
            }
        };
    }

    /** The recording, merged with the OSProfiler traces when --profile names any. */
    static TraceSource withProfiles(Invocation inv, TraceFile trace, List<String> profiles, boolean whole) {
        if (profiles == null || profiles.isEmpty()) {
            return trace;
        }
        List<ProfilerTrace> traces = new java.util.ArrayList<>();
        for (String p : profiles) {
            traces.add(ProfilerTrace.read(inv.file(p), p));
        }
        return new ProfileMerge(trace, traces, whole);
    }

    private CommandResult html(Invocation inv, TraceFile trace, TraceSource source, DiagramPlan plan, DiagramSyntax syntax)
            throws IOException {
        SvgRenderer renderer = new SvgRenderer();
        if (output == null) {
            return new CommandResult.Text(out -> HtmlPage.write(out, trace, source, plan, syntax, renderer));
        }
        try (Writer out = TraceOutput.newTextFile(inv.file(output))) {
            HtmlPage.write(out, trace, source, plan, syntax, renderer);
        } catch (IOException e) {
            throw TraceOutput.cannotWrite(output, e);
        }
        return CommandResult.done();
    }

    /** All parts on one stream, a blank line between them; the stream stays open. */
    private static MermaidWriter.PartSink stdoutParts(Writer out) {
        return new MermaidWriter.PartSink() {
            @Override
            public Writer open(DiagramPlan.Part part) throws IOException {
                if (part.index > 0) {
                    out.write('\n');
                }
                return new FilterWriter(out) {
                    @Override
                    public void close() {
                        // the output layer owns stdout
                    }
                };
            }

            @Override
            public void done(DiagramPlan.Part part, Writer w) throws IOException {
                w.flush();
            }
        };
    }

    private DiagramPlan.SplitMode mode() {
        if (split == null) {
            return DiagramPlan.SplitMode.NONE;
        }
        return switch (split) {
            case "command" -> DiagramPlan.SplitMode.COMMAND;
            case "phase" -> DiagramPlan.SplitMode.PHASE;
            default -> {
                count();
                yield DiagramPlan.SplitMode.COUNT;
            }
        };
    }

    private int count() {
        try {
            int n = Integer.parseInt(split);
            if (n >= 2) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is accepted
        }
        throw new UsageException("argument --split: invalid choice: '" + split
                + "' (choose from 'command', 'phase' or a number of messages, 2 or more)");
    }
}
