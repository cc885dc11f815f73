package dev.jos.identity.role;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.output.Record;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

public class RoleShow extends ShowCommand {
    @Parameters(paramLabel = "<role>", description = "Role to display (name or ID)")
    String role;
    @Option(names = "--domain", paramLabel = "<domain>", description = "Domain the role belongs to (name or ID)")
    String domain;

    @Override
    protected Record show(Invocation inv) {
        IdentityFinder finder = inv.identityFinder();
        return JsonRows.sortedRecord(finder.find(IdentityKind.ROLE, role, finder.domainId(domain)), "links");
    }
}
