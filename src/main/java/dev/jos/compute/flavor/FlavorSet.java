package dev.jos.compute.flavor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.cli.KeyValues;
import dev.jos.compute.ComputeApi;
import dev.jos.identity.IdentityKind;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's SetFlavor: the description first (its failure ends the command), then properties and
 * access, whose failures are logged and make it fail only at the end.
 */
public class FlavorSet extends ActionCommand {
    static final String ONE_OR_MORE_FAILED = "Command Failed: One or more of the operations failed";

    @Parameters(paramLabel = "<flavor>", description = "Flavor to modify (name or ID)")
    String flavor;
    @Option(names = "--no-property", description = "Remove all properties from this flavor (specify both --no-property "
            + "and --property to remove the current properties before setting new properties.)")
    boolean noProperty;
    @Option(names = "--property", paramLabel = "<key=value>",
            description = "Property to add or modify for this flavor (repeat option to set multiple properties)")
    List<String> properties = new ArrayList<>();
    @Option(names = "--project", paramLabel = "<project>", description = "Set flavor access to project (name or ID) (admin only)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Option(names = "--description", paramLabel = "<description>",
            description = "Set description for the flavor.(Supported by API versions '2.55' - '2.latest'")
    String description;

    @Override
    protected void act(Invocation inv) {
        Map<String, String> props = KeyValues.parse("--property", properties);
        ComputeApi compute = inv.compute();
        Map<String, Object> f = FlavorFinder.find(compute, flavor, true);
        String id = (String) f.get("id");
        if (description != null && !description.isEmpty()) {
            if (!compute.supportsMicroversion("2.55")) {
                throw new CommandException("The --description parameter requires server support for API microversion 2.55");
            }
            compute.updateFlavorDescription(id, description);
        }
        int failures = 0;
        if (noProperty) {
            try {
                // one failure stops the clearing, as OSC's loop sits inside its try
                for (Object key : specs(f).keySet()) {
                    compute.deleteFlavorExtraSpec(id, String.valueOf(key));
                }
            } catch (CommandException e) {
                inv.warn("Failed to clear flavor properties: " + e.getMessage());
                failures++;
            }
        }
        if (!props.isEmpty()) {
            try {
                compute.createFlavorExtraSpecs(id, props);
            } catch (CommandException e) {
                inv.warn("Failed to set flavor properties: " + e.getMessage());
                failures++;
            }
        }
        if (project != null && !project.isEmpty()) {
            try {
                if (FlavorColumns.isPublic(f)) {
                    throw new CommandException("Cannot set access for a public flavor");
                }
                String projectId = inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain)
                        .path("id").asText();
                compute.addFlavorAccess(id, projectId);
            } catch (CommandException e) {
                inv.warn("Failed to set flavor access to project: " + e.getMessage());
                failures++;
            }
        }
        if (failures > 0) {
            throw new CommandException(ONE_OR_MORE_FAILED);
        }
    }

    static Map<?, ?> specs(Map<String, Object> flavor) {
        Object specs = flavor.get("extra_specs");
        return specs instanceof Map<?, ?> m ? m : Map.of();
    }
}
