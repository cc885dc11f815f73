package dev.jos.output;

import java.io.PrintWriter;
import java.util.List;

/** A cliff formatter of single-object results (the {@code cliff.formatter.show} plugins). */
interface ShowFormatter {

    void emitOne(List<String> fields, List<Object> values, OutputOptions options, PrintWriter out);
}
