package dev.jos.identity.role;

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
     * The keystone path of the grant (without the role), or null when the combination of
     * actor and scope is incomplete.
     */
    String grantPath(IdentityFinder finder, boolean validateActor) {
        String actor;
        if (user != null) {
            actor = "users/" + actorId(finder, IdentityKind.USER, user, userDomain, validateActor);
        } else if (group != null) {
            actor = "groups/" + actorId(finder, IdentityKind.GROUP, group, groupDomain, validateActor);
        } else {
            return null;
        }
        String scope;
        if (system != null) {
            return "/system/" + actor;
        } else if (domain != null) {
            scope = "domains/" + finder.findOrAssume(IdentityKind.DOMAIN, domain, null).path("id").asText();
        } else if (project != null) {
            scope = "projects/" + finder.findOrAssume(IdentityKind.PROJECT, project, projectDomain).path("id").asText();
        } else {
            return null;
        }
        return inherited ? "/OS-INHERIT/" + scope + "/" + actor : "/" + scope + "/" + actor;
    }

    String suffix() {
        return inherited && system == null ? "/inherited_to_projects" : "";
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
