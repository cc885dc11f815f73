package dev.jos.network.securitygroup;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.BulkDelete;
import dev.jos.cli.Invocation;
import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import picocli.CommandLine.Parameters;

/** OSC's DeleteSecurityGroupRule (NetworkAndComputeDelete: "N of M rules failed to delete."). */
public class SecurityGroupRuleDelete extends ActionCommand {
    @Parameters(paramLabel = "<rule>", arity = "1..*", description = "Security group rule(s) to delete (ID only)")
    List<String> rules;

    @Override
    protected void act(Invocation inv) {
        NetworkApi api = inv.network();
        new BulkDelete(inv, "rule", "rules").run(rules, r -> api.findAndDelete(Neutron.SECURITY_GROUP_RULE, r));
    }
}
