package dev.jos.identity.role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ListCommand;
import dev.jos.identity.IdentityKind;
import dev.jos.output.Table;
import picocli.CommandLine.Option;

public class RoleList extends ListCommand {
    @Option(names = "--domain", paramLabel = "<domain>", description = "Include <domain> (name or ID)")
    String domain;

    @Override
    protected Table list(Invocation inv) {
        if (domain == null) {
            return JsonRows.table(List.of("ID", "Name"), List.of("id", "name"), inv.identity().list(IdentityKind.ROLE, Map.of()));
        }
        ObjectNode d = inv.identityFinder().findOrAssume(IdentityKind.DOMAIN, domain, null);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("domain_id", d.path("id").asText());
        List<ObjectNode> roles = inv.identity().list(IdentityKind.ROLE, query);
        // OSC shows the domain's name in place of the id it filtered by
        roles.forEach(r -> r.put("domain", d.path("name").asText()));
        return JsonRows.table(List.of("ID", "Name", "Domain"), List.of("id", "name", "domain"), roles);
    }
}
