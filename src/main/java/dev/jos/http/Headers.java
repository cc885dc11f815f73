package dev.jos.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable, ordered list of HTTP header fields. Lookup ignores case (HTTP field names are
 * case-insensitive); the spelling and order as sent or received are kept, because --debug prints
 * names exactly as the server wrote them. A name may occur more than once.
 */
public final class Headers {
    private static final Headers EMPTY = new Headers(List.of());

    private final List<Map.Entry<String, String>> fields;

    private Headers(List<Map.Entry<String, String>> fields) {
        this.fields = fields;
    }

    public static Headers empty() {
        return EMPTY;
    }

    /** Headers from alternating name, value arguments. */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Builder b = builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            b.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return b.build();
    }

    /** Headers from a map, one field per entry, in the map's iteration order. */
    public static Headers of(Map<String, String> map) {
        Builder b = builder();
        map.forEach(b::add);
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The first value of the field, or null when absent. */
    public String first(String name) {
        for (Map.Entry<String, String> f : fields) {
            if (f.getKey().equalsIgnoreCase(name)) {
                return f.getValue();
            }
        }
        return null;
    }

    /** All values of the field, in order; empty when absent. */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> f : fields) {
            if (f.getKey().equalsIgnoreCase(name)) {
                values.add(f.getValue());
            }
        }
        return values;
    }

    public boolean contains(String name) {
        return first(name) != null;
    }

    /** Every field as (name, value), in order, repeats included. */
    public List<Map.Entry<String, String>> entries() {
        return fields;
    }

    /** Distinct names, each in the spelling of its first occurrence. */
    public Set<String> names() {
        Map<String, String> byLower = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : fields) {
            byLower.putIfAbsent(f.getKey().toLowerCase(Locale.ROOT), f.getKey());
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(byLower.values()));
    }

    /**
     * One entry per distinct name (first spelling), repeated values joined with ", " the way
     * python-requests folds them; this is the view --debug and --record show.
     */
    public Map<String, String> toJoinedMap() {
        Map<String, String> joined = new LinkedHashMap<>();
        for (String name : names()) {
            joined.put(name, String.join(", ", all(name)));
        }
        return Collections.unmodifiableMap(joined);
    }

    /** A copy with every field of that name replaced by one field. */
    public Headers with(String name, String value) {
        return without(name).toBuilder().add(name, value).build();
    }

    /** A copy without any field of that name. */
    public Headers without(String name) {
        Builder b = builder();
        for (Map.Entry<String, String> f : fields) {
            if (!f.getKey().equalsIgnoreCase(name)) {
                b.add(f.getKey(), f.getValue());
            }
        }
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = builder();
        fields.forEach(f -> b.add(f.getKey(), f.getValue()));
        return b;
    }

    public int size() {
        return fields.size();
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Headers h && h.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }

    /** Collects fields in order. */
    public static final class Builder {
        private final List<Map.Entry<String, String>> fields = new ArrayList<>();

        private Builder() {
        }

        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, "header value");
            if (name.isEmpty() || name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                // a CR or LF would let a value smuggle extra header lines onto the wire
                throw new IllegalArgumentException("invalid header: " + name);
            }
            fields.add(Map.entry(name, value));
            return this;
        }

        public Headers build() {
            return fields.isEmpty() ? EMPTY : new Headers(List.copyOf(fields));
        }
    }
}
