package dev.jos.network.securitygroup;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.network.Neutron;
import dev.jos.network.SdkValues;
import dev.jos.network.ShowErrors;
import dev.jos.output.Record;
import picocli.CommandLine.Parameters;

/** OSC's ShowSecurityGroupRule over neutron: found by id; an absent remote IP prefix shown as the family's. */
public class SecurityGroupRuleShow extends ShowCommand {
    @Parameters(paramLabel = "<rule>", description = "Security group rule to display (ID only)")
    String rule;

    @Override
    protected Record show(Invocation inv) {
        return ShowErrors.wrap(() -> {
            ObjectNode r = inv.network().find(Neutron.SECURITY_GROUP_RULE, rule);
            if (!SdkValues.truthy(SdkValues.raw(r, "remote_ip_prefix"))) {
                Object prefix = SecurityGroupRuleColumns.remoteIpPrefix(r.deepCopy().putNull("remote_ip_prefix"));
                if (prefix == null) {
                    r.putNull("remote_ip_prefix");
                } else {
                    r.put("remote_ip_prefix", prefix.toString());
                }
            }
            return SecurityGroupRuleColumns.record(r);
        });
    }
}
