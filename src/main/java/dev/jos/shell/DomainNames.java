package dev.jos.shell;

import java.util.List;
import java.util.Map;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ListCommand;
import dev.jos.identity.IdentityKind;
import dev.jos.output.Table;

/**
 * Domains' ids and names for completion of --domain. Not one of jos's commands (OSC's `domain
 * list` is not implemented yet): it runs only inside {@link LiveNames}, as `domain list`.
 */
public class DomainNames extends ListCommand {
    @Override
    protected Table list(Invocation inv) {
        return JsonRows.table(List.of("ID", "Name"), List.of("id", "name"), inv.identity().list(IdentityKind.DOMAIN, Map.of()));
    }
}
