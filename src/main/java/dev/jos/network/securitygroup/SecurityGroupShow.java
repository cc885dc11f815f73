package dev.jos.network.securitygroup;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.network.Neutron;
import dev.jos.network.ShowErrors;
import dev.jos.output.Record;
import picocli.CommandLine.Parameters;

/** OSC's ShowSecurityGroup over neutron: openstacksdk's find (GET by id, then a list by name). */
public class SecurityGroupShow extends ShowCommand {
    @Parameters(paramLabel = "<group>", description = "Security group to display (name or ID)")
    String group;

    @Override
    protected Record show(Invocation inv) {
        return ShowErrors.wrap(() -> SecurityGroupColumns.record(inv.network().find(Neutron.SECURITY_GROUP, group)));
    }
}
