package dev.jos.output;

import java.util.LinkedHashMap;

/**
 * A munch.Munch, the dict openstacksdk describes a resource's location with: a dict everywhere but
 * in Python's repr, which is "Munch({...})" (what the table, value and csv formats print).
 */
public final class Munch extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;
}
