package dev.jos.compute.flavor;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.BulkDelete;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.session.ApiException;
import picocli.CommandLine.Parameters;

/** OSC's DeleteFlavor: find each (name or ID), delete it by id, report failures at the end. */
public class FlavorDelete extends ActionCommand {
    @Parameters(paramLabel = "<flavor>", arity = "1..*", description = "Flavor(s) to delete (name or ID)")
    List<String> flavors;

    @Override
    protected void act(Invocation inv) {
        ComputeApi compute = inv.compute();
        new BulkDelete(inv, "flavor", "flavors").run(flavors, f -> {
            String id = FlavorColumns.id(FlavorFinder.findRaw(compute, f));
            try {
                compute.deleteFlavor(id);
            } catch (ApiException e) {
                // delete_flavor(ignore_missing=True): gone already counts as deleted
                if (!e.isNotFound()) {
                    throw e;
                }
            }
        });
    }
}
