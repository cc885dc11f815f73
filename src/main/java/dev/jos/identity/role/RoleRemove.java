package dev.jos.identity.role;

import dev.jos.cli.Invocation;
import picocli.CommandLine.Parameters;

public class RoleRemove extends RoleGrantCommand {
    @Parameters(paramLabel = "<role>", description = "Role to remove (name or ID)")
    String role;

    @Override
    String role() {
        return role;
    }

    @Override
    protected void act(Invocation inv) {
        apply(inv, false, "Incorrect set of arguments provided. See jos --help for more details");
    }
}
