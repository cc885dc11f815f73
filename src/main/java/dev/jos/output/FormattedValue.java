package dev.jos.output;

/**
 * A cell value with a human and a machine form, like cliff's {@code FormattableColumn}.
 *
 * <p>cliff prints {@link #human()} in the table format and {@link #machine()} in every other
 * format (json and yaml structurally; value, shell and csv through Python's {@code str()}).
 */
public interface FormattedValue {

    /** What the table format prints; {@code null} prints as {@code None}. */
    String human();

    /** The plain data (null, String, Number, Boolean, List, Map) the other formats print. */
    Object machine();

    /**
     * The wrapped value as given, which cliff compares when sorting ({@code _value}); two
     * formatted values only compare when they are of the same class.
     */
    default Object value() {
        return machine();
    }
}
