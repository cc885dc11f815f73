package dev.jos.session.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python dict semantics the openstacksdk loader relies on, for {@code Map<String, Object>} trees
 * whose leaves are String, Boolean, Number, List or null.
 */
final class Dicts {

    private Dicts() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    /** A mutable deep copy (copy.deepcopy). */
    static Map<String, Object> deepCopy(Map<String, Object> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> copy.put(k, deepCopyValue(v)));
        return copy;
    }

    private static Object deepCopyValue(Object v) {
        if (v instanceof Map<?, ?>) {
            return deepCopy(map(v));
        }
        if (v instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(e -> copy.add(deepCopyValue(e)));
            return copy;
        }
        return v;
    }

    /** An unmodifiable deep copy, so a CloudConfig can hand out its tree safely. */
    static Map<String, Object> frozen(Map<String, Object> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> copy.put(k, frozenValue(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object frozenValue(Object v) {
        if (v instanceof Map<?, ?>) {
            return frozen(map(v));
        }
        if (v instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(e -> copy.add(frozenValue(e)));
            return Collections.unmodifiableList(copy);
        }
        return v;
    }

    /** openstack/config/_util.py:merge_clouds: update, recursing into nested dicts. */
    static Map<String, Object> mergeClouds(Map<String, Object> old, Map<String, Object> update) {
        Map<String, Object> ret = new LinkedHashMap<>(old);
        update.forEach((k, v) -> {
            if (v instanceof Map<?, ?>) {
                Map<String, Object> existing = map(ret.get(k));
                ret.put(k, existing != null ? mergeClouds(existing, map(v)) : new LinkedHashMap<>(map(v)));
            } else {
                ret.put(k, v);
            }
        });
        return ret;
    }

    /** openstack/config/loader.py:_auth_update: update, merging only the nested "auth" dict. */
    static Map<String, Object> authUpdate(Map<String, Object> old, Map<String, Object> update) throws ConfigException {
        Map<String, Object> source = deepCopy(update);
        for (Map.Entry<String, Object> e : source.entrySet()) {
            String k = e.getKey();
            Object v = e.getValue();
            Map<String, Object> oldAuth = map(old.get(k));
            if (k.equals("auth") && old.containsKey(k) && oldAuth != null) {
                dictUpdate(oldAuth, v);
            } else if (k.equals("auth") && map(v) != null) {
                old.put(k, new LinkedHashMap<>(map(v)));
            } else {
                old.put(k, v);
            }
        }
        return old;
    }

    /**
     * Python's dict.update(v) as _auth_update calls it on the `auth:` of clouds.yaml: a mapping
     * merges, a sequence of pairs too, and anything else fails with Python's own words, which
     * OSC prints (exit 1) instead of dropping the setting.
     */
    static void dictUpdate(Map<String, Object> target, Object v) throws ConfigException {
        if (v instanceof Map<?, ?>) {
            target.putAll(map(v));
            return;
        }
        List<?> items;
        if (v instanceof String str) {
            items = str.codePoints().mapToObj(Character::toString).toList();
        } else if (v instanceof List<?> list) {
            items = list;
        } else {
            throw new ConfigException("'" + pythonType(v) + "' object is not iterable");
        }
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            List<?> pair;
            if (item instanceof String str) {
                pair = str.codePoints().mapToObj(Character::toString).toList();
            } else if (item instanceof List<?> list) {
                pair = list;
            } else if (item instanceof Map<?, ?> m) {
                pair = new ArrayList<>(m.keySet());
            } else {
                throw new ConfigException("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (pair.size() != 2) {
                throw new ConfigException("dictionary update sequence element #" + i + " has length " + pair.size()
                        + "; 2 is required");
            }
            target.put(String.valueOf(pair.get(0)), pair.get(1));
        }
    }

    /** The Python type name of a value SnakeYAML produced, for Python's TypeError messages. */
    private static String pythonType(Object v) {
        if (v == null) {
            return "NoneType";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) {
            return "int";
        }
        if (v instanceof Double || v instanceof Float) {
            return "float";
        }
        if (v instanceof java.util.Date) {
            return "datetime.datetime";
        }
        return v.getClass().getSimpleName();
    }

    /**
     * openstack/config/_util.py:normalize_keys: dashes to underscores, numbers to strings (YAML
     * gives {@code identity_api_version: 3} an int), recursively.
     */
    static Map<String, Object> normalizeKeys(Map<String, Object> config) {
        Map<String, Object> out = new LinkedHashMap<>();
        config.forEach((key, value) -> {
            String k = key.replace('-', '_');
            if (value instanceof Map<?, ?>) {
                out.put(k, normalizeKeys(map(value)));
            } else if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
                out.put(k, k.equals("verbose_level") || k.equals("api_timeout") ? value : value.toString());
            } else if (value instanceof Double || value instanceof Float) {
                out.put(k, pythonFloat(((Number) value).doubleValue()));
            } else {
                out.put(k, value);
            }
        });
        return out;
    }

    /** str(float) for the values clouds.yaml holds (2.1, 3.0); exotic exponents may differ. */
    static String pythonFloat(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return Double.toString(d);
    }

    /** loader.py:get_boolean. */
    static boolean getBoolean(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return value.toString().equalsIgnoreCase("true");
    }

    /** Python truthiness, which the loader uses to tell "set" from "not set". */
    static boolean truthy(Object value) {
        return dev.jos.output.PythonTruth.truthy(value);
    }

    /** str(value) for the scalar types a config holds. */
    static String str(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double || value instanceof Float) {
            return pythonFloat(((Number) value).doubleValue());
        }
        return value.toString();
    }
}
