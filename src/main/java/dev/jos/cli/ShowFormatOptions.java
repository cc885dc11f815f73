package dev.jos.cli;

import java.util.List;

import picocli.CommandLine.Option;

/** cliff.show.ShowOne's options: the formatters of one record plus the shell prefix. */
public class ShowFormatOptions extends FormatOptions {
    @Option(names = "--prefix", paramLabel = "PREFIX", description = "add a prefix to all variable names")
    String prefix = "";

    @Override
    List<String> formats() {
        return List.of("json", "shell", "table", "value", "yaml");
    }

    @Override
    public String prefix() {
        return prefix;
    }
}
