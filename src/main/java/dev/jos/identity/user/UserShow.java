package dev.jos.identity.user;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.output.Record;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

public class UserShow extends ShowCommand {
    @Parameters(paramLabel = "<user>", description = "User to display (name or ID)")
    String user;
    @Option(names = "--domain", paramLabel = "<domain>", description = "Domain owning <user> (name or ID)")
    String domain;

    @Override
    protected Record show(Invocation inv) {
        IdentityFinder finder = inv.identityFinder();
        String userRef = finder.fromToken("user", user, domain);
        String domainId = finder.domainId(domain);
        return JsonRows.sortedRecord(finder.find(IdentityKind.USER, userRef, domainId), "links");
    }
}
