package dev.jos.trace;

import dev.jos.http.ServiceNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The diagram ids of the services: Mermaid reads a hyphen in a participant name as part of an
 * arrow, so {@code nova-api} is drawn as {@code nova_api} aliased to its real name. Also which
 * box (service group) each belongs to.
 */
final class Participants {
    private static final Set<String> KEYWORDS = Set.of("end", "box", "note", "loop", "alt", "else", "opt", "par",
            "and", "rect", "critical", "break", "participant", "actor", "as", "autonumber", "activate",
            "deactivate", "title", "link", "links", "properties", "details", "over", "left", "right", "of",
            "create", "destroy", "sequencediagram");
    static final int MAX_ALIAS = 40;

    private final Map<String, String> aliases = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    String alias(String name) {
        return aliases.computeIfAbsent(name, n -> {
            String a = n.replaceAll("[^A-Za-z0-9_]", "_");
            if (a.isEmpty() || Character.isDigit(a.charAt(0)) || KEYWORDS.contains(a.toLowerCase(Locale.ROOT))) {
                a = "p_" + a;
            }
            if (a.length() > MAX_ALIAS) {
                a = a.substring(0, MAX_ALIAS);
            }
            String unique = a;
            for (int i = 2; !taken.add(unique); i++) {
                unique = a.substring(0, Math.min(a.length(), MAX_ALIAS - 4)) + "_" + i;
            }
            return unique;
        });
    }

    /** Whether the name needs an alias at all (requestshook's own names for the rest). */
    boolean aliased(String name) {
        return !alias(name).equals(name);
    }

    /** The box a participant is drawn in: the client, or its service's catalog type. */
    static String group(String name, String client) {
        if (name.equals(client)) {
            return "Client";
        }
        String type = ServiceNames.type(name);
        if (type != null && type.equals(name) && name.indexOf('-') > 0) {
            // a daemon behind the API (nova-conductor, from an OSProfiler trace): its project's box
            type = ServiceNames.type(name.substring(0, name.indexOf('-')));
        }
        return switch (type == null ? "" : type) {
            case "identity" -> "Identity";
            case "image" -> "Image";
            case "compute" -> "Compute";
            case "network" -> "Network";
            case "placement" -> "Placement";
            case "volume", "block-storage" -> "Block Storage";
            default -> "Other";
        };
    }

    /** A light colour per box, so groups stay apart; written as rgb() so no name reads as one. */
    static String color(String group) {
        return switch (group) {
            case "Client" -> "rgb(245,245,245)";
            case "Identity" -> "rgb(255,243,224)";
            case "Image" -> "rgb(232,245,233)";
            case "Compute" -> "rgb(227,242,253)";
            case "Network" -> "rgb(243,229,245)";
            case "Placement" -> "rgb(255,253,231)";
            default -> "rgb(236,239,241)";
        };
    }
}
