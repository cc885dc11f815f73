package dev.jos.network;

import java.util.Objects;

import dev.jos.output.FormattedValue;

/**
 * OSC's network AdminStateColumn ("UP"/"DOWN") and RouterExternalColumn
 * ("External"/"Internal"): the value's truthiness in words; other formats print the value.
 */
public final class FlagColumn implements FormattedValue {
    private final Object value;
    private final String yes;
    private final String no;

    private FlagColumn(Object value, String yes, String no) {
        this.value = value;
        this.yes = yes;
        this.no = no;
    }

    public static FlagColumn adminState(Object value) {
        return new FlagColumn(value, "UP", "DOWN");
    }

    /** network_agent.py's AliveColumn. */
    public static FlagColumn alive(Object value) {
        return new FlagColumn(value, ":-)", "XXX");
    }

    public static FlagColumn routerExternal(Object value) {
        return new FlagColumn(value, "External", "Internal");
    }

    @Override
    public String human() {
        return SdkValues.truthy(value) ? yes : no;
    }

    @Override
    public Object machine() {
        return value;
    }

    @Override
    public Object value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FlagColumn f && f.yes.equals(yes) && Objects.equals(f.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, yes);
    }
}
