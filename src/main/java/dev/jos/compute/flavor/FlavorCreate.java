package dev.jos.compute.flavor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.jos.cli.Invocation;
import dev.jos.cli.KeyValues;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.compute.ComputeApi.FlavorSpec;
import dev.jos.identity.IdentityKind;
import dev.jos.output.Record;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's CreateFlavor: every size sent (OSC's defaults included), then project access and
 * properties as separate calls whose failures are only logged.
 */
public class FlavorCreate extends ShowCommand {
    @Parameters(paramLabel = "<flavor-name>", description = "New flavor name")
    String name;
    @Option(names = "--id", paramLabel = "<id>", description = "Unique flavor ID")
    String id;
    @Option(names = "--ram", paramLabel = "<size-mb>", converter = ArgTypes.Int.class,
            description = "Memory size in MB (default 256M)")
    Long ram = 256L;
    @Option(names = "--disk", paramLabel = "<size-gb>", converter = ArgTypes.Int.class,
            description = "Disk size in GB (default 0G)")
    Long disk = 0L;
    @Option(names = "--ephemeral", paramLabel = "<size-gb>", converter = ArgTypes.Int.class,
            description = "Ephemeral disk size in GB (default 0G)")
    Long ephemeral = 0L;
    @Option(names = "--swap", paramLabel = "<size-mb>", converter = ArgTypes.Int.class,
            description = "Additional swap space size in MB (default 0M)")
    Long swap = 0L;
    @Option(names = "--vcpus", paramLabel = "<vcpus>", converter = ArgTypes.Int.class,
            description = "Number of vcpus (default 1)")
    Long vcpus = 1L;
    @Option(names = "--rxtx-factor", paramLabel = "<factor>", converter = ArgTypes.Float.class,
            description = "RX/TX factor (default 1.0)")
    Double rxtxFactor = 1.0;
    @Option(names = "--public", description = "Flavor is available to other projects (default)")
    boolean publicFlavor;
    @Option(names = "--private", description = "Flavor is not available to other projects")
    boolean privateFlavor;
    @Option(names = "--property", paramLabel = "<key=value>",
            description = "Property to add for this flavor (repeat option to set multiple properties)")
    List<String> properties = new ArrayList<>();
    @Option(names = "--project", paramLabel = "<project>",
            description = "Allow <project> to access private flavor (name or ID) (Must be used with --private option)")
    String project;
    @Option(names = "--description", paramLabel = "<description>",
            description = "Description for the flavor.(Supported by API versions '2.55' - '2.latest'")
    String description;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--public", "--private"));
    }

    @Override
    protected Record show(Invocation inv) {
        Map<String, String> props = KeyValues.parse("--property", properties);
        boolean isPublic = !privateFlavor;
        boolean hasProject = project != null && !project.isEmpty();
        if (hasProject && isPublic) {
            throw new CommandException("--project is only allowed with --private");
        }
        ComputeApi compute = inv.compute();
        boolean hasDescription = description != null && !description.isEmpty();
        if (hasDescription && !compute.supportsMicroversion("2.55")) {
            throw new CommandException("The --description parameter requires server support for API microversion 2.55");
        }
        Map<String, Object> flavor = FlavorColumns.sdkFlavor(compute.createFlavor(new FlavorSpec(name, id, ram, vcpus, disk,
                ephemeral, swap, rxtxFactor, isPublic, hasDescription ? description : null)));
        String flavorId = (String) flavor.get("id");
        if (hasProject) {
            try {
                String projectId = inv.identityFinder().findOrAssume(IdentityKind.PROJECT, project, projectDomain)
                        .path("id").asText();
                compute.addFlavorAccess(flavorId, projectId);
            } catch (CommandException e) {
                inv.warn("Failed to add project " + project + " access to flavor: " + e.getMessage());
            }
        }
        if (!props.isEmpty()) {
            try {
                flavor.put("extra_specs", new LinkedHashMap<String, Object>(compute.createFlavorExtraSpecs(flavorId, props)));
            } catch (CommandException e) {
                inv.warn("Failed to set flavor properties: " + e.getMessage());
            }
        }
        return FlavorColumns.record(flavor);
    }
}
