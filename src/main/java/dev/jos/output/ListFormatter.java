package dev.jos.output;

import java.io.PrintWriter;
import java.util.List;

/** A cliff formatter of list results (the {@code cliff.formatter.list} plugins). */
interface ListFormatter {

    void emitList(List<String> columns, List<List<Object>> rows, OutputOptions options,
            PrintWriter out);
}
