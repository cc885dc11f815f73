package dev.jos.identity.user;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.json.Json;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

public class UserSet extends ActionCommand {
    @Parameters(paramLabel = "<user>", description = "User to modify (name or ID)")
    String user;
    @Option(names = "--name", paramLabel = "<name>", description = "Set user name")
    String name;
    @Option(names = "--domain", paramLabel = "<domain>", description = "Domain the user belongs to (name or ID). This can be used in case collisions between user names exist.")
    String domain;
    @Option(names = "--project", paramLabel = "<project>", description = "Set default project (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>", description = "Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.")
    String projectDomain;
    @Option(names = "--password", paramLabel = "<password>", description = "Set user password")
    String password;
    @Option(names = "--password-prompt", description = "Prompt interactively for password")
    boolean passwordPrompt;
    @Option(names = "--email", paramLabel = "<email-address>", description = "Set user email address")
    String email;
    @Option(names = "--description", paramLabel = "<description>", description = "Set user description")
    String description;
    @Mixin
    UserOptions userOptions = new UserOptions();
    @Option(names = "--enable", description = "Enable user (default)")
    boolean enable;
    @Option(names = "--disable", description = "Disable user")
    boolean disable;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--enable", "--disable"));
    }

    @Override
    protected void act(Invocation inv) {
        if (passwordPrompt) {
            password = inv.readPassword("User Password:", true);
        }
        if ("".equals(password)) {
            inv.warn("No password was supplied, authentication will fail when a user does not have a password.");
        }
        IdentityFinder finder = inv.identityFinder();
        ObjectNode found;
        if (domain != null) {
            String userRef = finder.fromToken("user", user, domain);
            found = finder.find(IdentityKind.USER, userRef, finder.domainId(domain));
        } else {
            found = finder.find(IdentityKind.USER, user, null);
        }
        // keystoneclient sends only truthy values, except `enabled`, which OSC always sends
        ObjectNode body = Json.object();
        putIfNotEmpty(body, "name", name);
        putIfNotEmpty(body, "email", email);
        putIfNotEmpty(body, "password", password);
        putIfNotEmpty(body, "description", description);
        if (project != null) {
            body.put("default_project_id",
                    finder.findOrAssume(IdentityKind.PROJECT, project, projectDomain).path("id").asText());
        }
        body.put("enabled", enable || (!disable && found.path("enabled").asBoolean(true)));
        ObjectNode options = userOptions.toOptions();
        if (options.size() > 0) {
            body.set("options", options);
        }
        inv.identity().update(IdentityKind.USER, found.path("id").asText(), body);
    }

    static void putIfNotEmpty(ObjectNode body, String key, String value) {
        if (value != null && !value.isEmpty()) {
            body.put(key, value);
        }
    }
}
