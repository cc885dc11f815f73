package dev.jos.identity.role;

import java.util.ArrayList;
import java.util.List;

import dev.jos.identity.IdentityFinder;
import dev.jos.identity.IdentityKind;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;

/**
 * Who gets a role where: OSC's _add_identity_and_resource_options_to_parser and
 * _process_identity_and_resource_options, shared by `role add` and `role remove`.
 */
public class GrantTarget {
    @Option(names = "--system", paramLabel = "<system>", description = "Include <system> (all)")
    String system;
    @Option(names = "--domain", paramLabel = "<domain>", description = "Include <domain> (name or ID)")
    String domain;
    @Option(names = "--project", paramLabel = "<project>", description = "Include <project> (name or ID)")
    String project;
    @Option(names = "--user", paramLabel = "<user>", description = "Include <user> (name or ID)")
    String user;
    @Option(names = "--group", paramLabel = "<group>", description = "Include <group> (name or ID)")
    String group;
    @Option(names = "--group-domain", paramLabel = "<group-domain>", description = "Domain the group belongs to (name or ID). This can be used in case collisions between group names exist.")
    String groupDomain;
    @Option(names = "--project-domain", paramLabel = "<project-domain>", description = "Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.")
    String projectDomain;
    @Option(names = "--user-domain", paramLabel = "<user-domain>", description = "Domain the user belongs to (name or ID). This can be used in case collisions between user names exist.")
    String userDomain;
    @Option(names = "--inherited", description = "Specifies if the role grant is inheritable to the sub projects")
    boolean inherited;

    boolean hasActorOrTarget() {
        return user != null || domain != null || group != null || project != null;
    }

    /**
     * The keystone path of the grant (without the role) as path segments, or null when the
     * combination of actor and scope is incomplete.
     */
    List<String> grantPath(IdentityFinder finder, boolean validateActor) {
        List<String> actor;
        if (user != null) {
            actor = List.of("users", actorId(finder, IdentityKind.USER, user, userDomain, validateActor));
        } else if (group != null) {
            actor = List.of("groups", actorId(finder, IdentityKind.GROUP, group, groupDomain, validateActor));
        } else {
            return null;
        }
        List<String> path = new ArrayList<>();
        if (system != null) {
            path.add("system");
            path.addAll(actor);
            return path;
        }
        if (inherited) {
            path.add("OS-INHERIT");
        }
        if (domain != null) {
            path.add("domains");
            path.add(finder.findOrAssume(IdentityKind.DOMAIN, domain, null).path("id").asText());
        } else if (project != null) {
            path.add("projects");
            path.add(finder.findOrAssume(IdentityKind.PROJECT, project, projectDomain).path("id").asText());
        } else {
            return null;
        }
        path.addAll(actor);
        return path;
    }

    /** What follows the role id: inherited grants end in "inherited_to_projects". */
    List<String> suffix() {
        return inherited && system == null ? List.of("inherited_to_projects") : List.of();
    }

    private static String actorId(IdentityFinder finder, IdentityKind kind, String nameOrId, String domain,
                                  boolean validate) {
        try {
            return finder.findOrAssume(kind, nameOrId, domain).path("id").asText();
        } catch (CommandException e) {
            if (validate) {
                throw e;
            }
            return nameOrId;
        }
    }
}
