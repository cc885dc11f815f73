package dev.jos.http;

import java.util.Locale;
import java.util.Map;

/**
 * The two names of a service: its catalog type (what keystoneauth prints in "GET call to identity
 * for ...") and the name of the daemon serving it (what --record files use, matching the lab's
 * request hook: keystone, glance-api, ...). A service tag may be either, or a short alias.
 */
public final class ServiceNames {
    private record Names(String type, String daemon) {
    }

    private static final Map<String, Names> BY_TAG = Map.ofEntries(
            Map.entry("identity", new Names("identity", "keystone")),
            Map.entry("keystone", new Names("identity", "keystone")),
            Map.entry("image", new Names("image", "glance-api")),
            Map.entry("glance", new Names("image", "glance-api")),
            Map.entry("glance-api", new Names("image", "glance-api")),
            Map.entry("compute", new Names("compute", "nova-api")),
            Map.entry("nova", new Names("compute", "nova-api")),
            Map.entry("nova-api", new Names("compute", "nova-api")),
            Map.entry("network", new Names("network", "neutron-server")),
            Map.entry("neutron", new Names("network", "neutron-server")),
            Map.entry("neutron-server", new Names("network", "neutron-server")),
            Map.entry("placement", new Names("placement", "placement-api")),
            Map.entry("placement-api", new Names("placement", "placement-api")));

    private ServiceNames() {
    }

    /** The catalog type for a tag; an unknown tag is returned as it is; null stays null. */
    public static String type(String tag) {
        if (tag == null) {
            return null;
        }
        Names n = BY_TAG.get(tag.toLowerCase(Locale.ROOT));
        return n == null ? tag : n.type();
    }

    /** The daemon name for a tag; an unknown tag is returned as it is; null stays null. */
    public static String daemon(String tag) {
        if (tag == null) {
            return null;
        }
        Names n = BY_TAG.get(tag.toLowerCase(Locale.ROOT));
        return n == null ? tag : n.daemon();
    }
}
