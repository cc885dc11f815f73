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

    private static final java.util.regex.Pattern EXPECTED_PARAMETER =
            java.util.regex.Pattern.compile("Expected parameter for option '([^']+)'");

    /** The option whose value was missing, from picocli's wording (it keeps no reference to it). */
    private static String expectedParameterOption(String message) {
        if (message == null) {
            return null;
        }
        java.util.regex.Matcher m = EXPECTED_PARAMETER.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /** picocli's conversion failure of a typed option, e.g. an int. */
    private static final java.util.regex.Pattern INVALID_VALUE =
            java.util.regex.Pattern.compile("^Invalid value for (?:option|positional parameter(?: at index \\d+)?) '([^']+)': '(.*)' is not an? (int|float|double|long)\\b", java.util.regex.Pattern.DOTALL);

    /** A converter's argparse-worded refusal: a value outside an option's choices, osc_lib's RangeAction. */
    private static final java.util.regex.Pattern INVALID_CHOICE =
            java.util.regex.Pattern.compile("^Invalid value for option '([^']+)': (invalid choice: .*|Invalid range, .*)$", java.util.regex.Pattern.DOTALL);

    public static String message(ParameterException e) {
        java.util.regex.Matcher choice = INVALID_CHOICE.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (choice.find()) {
            return "argument " + choice.group(1) + ": " + choice.group(2);
        }
        java.util.regex.Matcher invalid = INVALID_VALUE.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (invalid.find()) {
            // argparse: "argument --limit: invalid int value: 'x'"
            String type = invalid.group(3).equals("int") || invalid.group(3).equals("long") ? "int" : "float";
            return "argument " + invalid.group(1) + ": invalid " + type + " value: '" + invalid.group(2) + "'";
        }
        String expected = expectedParameterOption(e.getMessage());
        if (expected != null) {
            // an option's value that looks like an option, as in `--user -test-user`
            return "argument " + expected + ": expected one argument";
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            return "unrecognized arguments: " + String.join(" ", unmatched);
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            List<String> positionals = new ArrayList<>();
            // a required option never given (argparse's required=True) is listed like a positional
            boolean neverGiven = e.getMessage() != null && e.getMessage().startsWith("Missing required option");
            for (ArgSpec a : m.getMissing()) {
                if (a instanceof OptionSpec o && neverGiven) {
                    positionals.add(o.longestName());
                } else if (a instanceof OptionSpec o) {
                    return "argument " + String.join("/", o.names()) + ": expected one argument";
                }
                if (a instanceof PositionalParamSpec p) {
                    positionals.add(p.paramLabel());
                }
            }
            return "the following arguments are required: " + String.join(", ", positionals);
        }
        String msg = e.getMessage();
        return msg == null ? "invalid arguments" : msg;
    }
}
