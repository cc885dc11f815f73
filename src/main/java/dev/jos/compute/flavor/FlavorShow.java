package dev.jos.compute.flavor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.output.Record;
import dev.jos.session.CommandException;
import picocli.CommandLine.Parameters;

/** OSC's ShowFlavor: the flavor with its extra specs, and who may use it when it is private. */
public class FlavorShow extends ShowCommand {
    @Parameters(paramLabel = "<flavor>", description = "Flavor to display (name or ID)")
    String flavor;

    @Override
    protected Record show(Invocation inv) {
        ComputeApi compute = inv.compute();
        Map<String, Object> f = FlavorFinder.find(compute, flavor, true);
        List<String> accessProjects = null;
        if (!FlavorColumns.isPublic(f)) {
            try {
                List<String> ids = new ArrayList<>();
                for (ObjectNode access : compute.flavorAccess((String) f.get("id"))) {
                    if (!access.has("tenant_id")) {
                        throw new CommandException("Resource doesn't have field tenant_id");
                    }
                    ids.add(access.get("tenant_id").isNull() ? null : access.get("tenant_id").asText());
                }
                accessProjects = ids;
            } catch (CommandException e) {
                inv.warn("Failed to get access projects list for flavor '" + flavor + "': " + e.getMessage());
            }
        }
        // OSC injects the list into the resource's to_dict()
        f.put("access_project_ids", accessProjects);
        return FlavorColumns.record(f);
    }
}
