package dev.jos.identity.role;

import dev.jos.cli.Invocation;
import picocli.CommandLine.Parameters;

public class RoleAdd extends RoleGrantCommand {
    @Parameters(paramLabel = "<role>", description = "Role to add to <user> (name or ID)")
    String role;

    @Override
    String role() {
        return role;
    }

    @Override
    protected void act(Invocation inv) {
        apply(inv, true, "Role not added, incorrect set of arguments provided. See jos --help for more details");
    }
}
