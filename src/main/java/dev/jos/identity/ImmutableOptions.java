package dev.jos.identity;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.json.Json;
import picocli.CommandLine.Option;

/** `--immutable`/`--no-immutable` (identity.common.add_resource_option_to_parser and get_immutable_options). */
public class ImmutableOptions {
    public static final List<String> EXCLUSIVE = List.of("--immutable", "--no-immutable");

    @Option(names = "--immutable", description = "Make resource immutable. An immutable project may not be deleted or modified except to remove the immutable flag")
    boolean immutable;
    @Option(names = "--no-immutable", description = "Make resource mutable (default)")
    boolean noImmutable;

    /** The `options` dict OSC sends: empty unless one of the flags was given. */
    public ObjectNode toOptions() {
        ObjectNode options = Json.object();
        if (immutable) {
            options.put("immutable", true);
        }
        if (noImmutable) {
            options.put("immutable", false);
        }
        return options;
    }
}
