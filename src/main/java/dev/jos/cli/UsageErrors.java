package dev.jos.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** Picocli's parse errors reworded the way argparse words them, since scripts grep for these. */
public final class UsageErrors {
    private UsageErrors() {
    }

    public static String message(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            return "unrecognized arguments: " + String.join(" ", unmatched);
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            List<String> positionals = new ArrayList<>();
            for (ArgSpec a : m.getMissing()) {
                if (a instanceof OptionSpec o) {
                    return "argument " + String.join("/", o.names()) + ": expected one argument";
                }
                if (a instanceof PositionalParamSpec p) {
                    positionals.add(p.paramLabel());
                }
            }
            return "the following arguments are required: " + String.join(", ", positionals);
        }
        ArgSpec arg = e.getArgSpec();
        if (arg instanceof OptionSpec o && e.getMessage() != null && e.getMessage().startsWith("Expected parameter")) {
            return "argument " + String.join("/", o.names()) + ": expected one argument";
        }
        String msg = e.getMessage();
        return msg == null ? "invalid arguments" : msg;
    }
}
