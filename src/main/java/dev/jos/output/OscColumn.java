package dev.jos.output;

import java.util.Objects;

/**
 * What osc_lib's FormattableColumn classes share: the wrapped value, and equality by class and
 * value (cliff compares a column only with its own kind). Subclasses say how it reads.
 */
abstract class OscColumn<T> implements FormattedValue {
    protected final T value;

    OscColumn(T value) {
        this.value = value;
    }

    @Override
    public Object value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && Objects.equals(value, ((OscColumn<?>) other).value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + value + ")";
    }
}
