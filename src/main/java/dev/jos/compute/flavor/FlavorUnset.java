package dev.jos.compute.flavor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.identity.IdentityKind;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's UnsetFlavor: each property and the access removed in turn, failures logged, then one error. */
public class FlavorUnset extends ActionCommand {
    @Parameters(paramLabel = "<flavor>", description = "Flavor to modify (name or ID)")
    String flavor;
    @Option(names = "--property", paramLabel = "<key>",
            description = "Property to remove from flavor (repeat option to unset multiple properties)")
    List<String> properties = new ArrayList<>();
    @Option(names = "--project", paramLabel = "<project>",
            description = "Remove flavor access from project (name or ID) (admin only)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        Map<String, Object> f = FlavorFinder.find(compute, flavor, true);
        String id = (String) f.get("id");
        int failures = 0;
        for (String key : properties) {
            try {
                compute.deleteFlavorExtraSpec(id, key);
            } catch (CommandException e) {
                inv.warn("Failed to unset flavor property: " + e.getMessage());
                failures++;
            }
        }
        if (project != null && !project.isEmpty()) {
            try {
                if (FlavorColumns.isPublic(f)) {
                    throw new CommandException("Cannot remove access for a public flavor");
                }
                String projectId = inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain)
                        .path("id").asText();
                compute.removeFlavorAccess(id, projectId);
            } catch (CommandException e) {
                inv.warn("Failed to remove flavor access from project: " + e.getMessage());
                failures++;
            }
        }
        if (failures > 0) {
            throw new CommandException(FlavorSet.ONE_OR_MORE_FAILED);
        }
    }
}
