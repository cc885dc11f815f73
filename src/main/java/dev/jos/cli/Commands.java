package dev.jos.cli;

/**
 * Every command jos has, with OSC's words and one-line descriptions. Classes are named as
 * strings so that only the command being run is ever loaded.
 */
public final class Commands {
    private Commands() {
    }

    public static CommandRegistry registry() {
        String id = "dev.jos.identity.";
        return new CommandRegistry()
                .add("catalog list", "List services in the service catalog", id + "catalog.CatalogList")
                .add("catalog show", "Display service catalog details", id + "catalog.CatalogShow")
                .add("flavor create", "Create new flavor", "dev.jos.compute.flavor.FlavorCreate")
                .add("flavor delete", "Delete flavor(s)", "dev.jos.compute.flavor.FlavorDelete")
                .add("flavor list", "List flavors", "dev.jos.compute.flavor.FlavorList")
                .add("flavor set", "Set flavor properties", "dev.jos.compute.flavor.FlavorSet")
                .add("flavor show", "Display flavor details", "dev.jos.compute.flavor.FlavorShow")
                .add("flavor unset", "Unset flavor properties", "dev.jos.compute.flavor.FlavorUnset")
                .add("keypair create", "Create new public or private key for server ssh access", "dev.jos.compute.keypair.KeypairCreate")
                .add("keypair delete", "Delete public or private key(s)", "dev.jos.compute.keypair.KeypairDelete")
                .add("keypair list", "List key fingerprints", "dev.jos.compute.keypair.KeypairList")
                .add("keypair show", "Display key details", "dev.jos.compute.keypair.KeypairShow")
                .add("project create", "Create new project", id + "project.ProjectCreate")
                .add("project delete", "Delete project(s)", id + "project.ProjectDelete")
                .add("project list", "List projects", id + "project.ProjectList")
                .add("project set", "Set project properties", id + "project.ProjectSet")
                .add("project show", "Display project details", id + "project.ProjectShow")
                .add("role add", "Adds a role assignment to a user or group on the system, a domain, or a project", id + "role.RoleAdd")
                .add("role assignment list", "List role assignments", id + "role.RoleAssignmentList")
                .add("role create", "Create new role", id + "role.RoleCreate")
                .add("role delete", "Delete role(s)", id + "role.RoleDelete")
                .add("role list", "List roles", id + "role.RoleList")
                .add("role remove", "Removes a role assignment from system/domain/project : user/group", id + "role.RoleRemove")
                .add("role set", "Set role properties", id + "role.RoleSet")
                .add("role show", "Display role details", id + "role.RoleShow")
                .add("token issue", "Issue new token", id + "token.TokenIssue")
                .add("token revoke", "Revoke existing token", id + "token.TokenRevoke")
                .add("trace diagram", "Draw a --record file as a sequence diagram", "dev.jos.trace.TraceDiagram")
                .add("trace export", "Export a --record file as requestshook's files or HAR", "dev.jos.trace.TraceExport")
                .add("trace list", "List the exchanges of a --record file", "dev.jos.trace.TraceList")
                .add("user create", "Create new user", id + "user.UserCreate")
                .add("user delete", "Delete user(s)", id + "user.UserDelete")
                .add("user list", "List users", id + "user.UserList")
                .add("user set", "Set user properties", id + "user.UserSet")
                .add("user show", "Display user details", id + "user.UserShow");
    }
}
