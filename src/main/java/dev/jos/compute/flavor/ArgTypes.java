package dev.jos.compute.flavor;

import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * argparse's {@code type=int} and {@code type=float}, i.e. Python's int() and float(): a
 * value Python accepts (" 5", "+5", "1_000", "1e3") is accepted, and one it rejects ("0x10",
 * "2d", which Java would take) is the usage error "invalid int value" (see cli.UsageErrors).
 */
public final class ArgTypes {
    private static final Pattern INT = Pattern.compile("[+-]?\\d+(?:_\\d+)*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:_\\d+)*");
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:" + DIGITS + "(?:\\." + DIGITS + "?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?"
                    + "|inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private ArgTypes() {
    }

    /** int(text), as a long (nova's limits are far below; a larger value is refused here). */
    public static final class Int implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String s = value.strip();
            if (INT.matcher(s).matches()) {
                StringBuilder digits = new StringBuilder();
                s.codePoints().filter(c -> c != '_').forEach(c -> {
                    if (c == '-' || c == '+') {
                        digits.appendCodePoint(c);
                    } else {
                        digits.append(Character.digit(c, 10));
                    }
                });
                try {
                    return Long.parseLong(digits.toString());
                } catch (NumberFormatException e) {
                    // out of range: worded below
                }
            }
            throw new TypeConversionException("'" + value + "' is not an int");
        }
    }

    /** float(text). */
    public static final class Float implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String s = value.strip();
            if (FLOAT.matcher(s).matches()) {
                String lower = s.toLowerCase(java.util.Locale.ROOT);
                boolean negative = lower.startsWith("-");
                String body = lower.replaceFirst("^[+-]", "");
                if (body.startsWith("inf")) {
                    return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                }
                if (body.equals("nan")) {
                    return Double.NaN;
                }
                return Double.parseDouble(s.replace("_", ""));
            }
            throw new TypeConversionException("'" + value + "' is not a float");
        }
    }
}
