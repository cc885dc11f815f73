package dev.jos.identity.user;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.output.Record;
import dev.jos.session.ApiException;
import dev.jos.json.Json;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

public class UserCreate extends ShowCommand {
    @Parameters(paramLabel = "<name>", description = "New user name")
    String name;
    @Option(names = "--domain", paramLabel = "<domain>", description = "Default domain (name or ID)")
    String domain;
    @Option(names = "--project", paramLabel = "<project>", description = "Default project (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>", description = "Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.")
    String projectDomain;
    @Option(names = "--password", paramLabel = "<password>", description = "Set user password")
    String password;
    @Option(names = "--password-prompt", description = "Prompt interactively for password")
    boolean passwordPrompt;
    @Option(names = "--email", paramLabel = "<email-address>", description = "Set user email address")
    String email;
    @Option(names = "--description", paramLabel = "<description>", description = "User description")
    String description;
    @Mixin
    UserOptions userOptions = new UserOptions();
    @Option(names = "--enable", description = "Enable user (default)")
    boolean enable;
    @Option(names = "--disable", description = "Disable user")
    boolean disable;
    @Option(names = "--or-show", description = "Return existing user")
    boolean orShow;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--enable", "--disable"));
    }

    @Override
    protected Record show(Invocation inv) {
        IdentityFinder finder = inv.identityFinder();
        String projectId = project == null ? null
                : finder.findOrAssume(IdentityKind.PROJECT, project, projectDomain).path("id").asText();
        String domainId = finder.domainId(domain);
        if (passwordPrompt) {
            password = inv.readPassword("User Password:", true);
        }
        if (password == null || password.isEmpty()) {
            inv.warn("No password was supplied, authentication will fail when a user does not have a password.");
        }
        ObjectNode body = Json.object();
        body.put("name", name);
        putIfSet(body, "domain_id", domainId);
        putIfSet(body, "default_project_id", projectId);
        putIfSet(body, "password", password);
        putIfSet(body, "email", email);
        putIfSet(body, "description", description);
        body.put("enabled", !disable);
        body.set("options", userOptions.toOptions());
        ObjectNode user;
        try {
            user = inv.identity().create(IdentityKind.USER, body);
        } catch (ApiException e) {
            if (!e.isConflict() || !orShow) {
                throw e;
            }
            user = finder.find(IdentityKind.USER, name, domainId);
        }
        return JsonRows.sortedRecord(user, "links");
    }

    static void putIfSet(ObjectNode body, String key, String value) {
        if (value != null) {
            body.put(key, value);
        }
    }
}
