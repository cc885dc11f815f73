package dev.jos.network.securitygroup;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.BulkDelete;
import dev.jos.cli.Invocation;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import picocli.CommandLine.Parameters;

/** OSC's DeleteSecurityGroup (NetworkAndComputeDelete: "N of M groups failed to delete."). */
public class SecurityGroupDelete extends ActionCommand {
    @Parameters(paramLabel = "<group>", arity = "1..*", description = "Security group(s) to delete (name or ID)")
    List<String> groups;

    @Override
    protected void act(Invocation inv) {
        NetworkApi api = inv.network();
        new BulkDelete(inv, "group", "groups").run(groups, g -> api.findAndDelete(Neutron.SECURITY_GROUP, g));
    }
}
