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
                .add("flavor list", "List flavors", "dev.jos.compute.flavor.FlavorList")
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
                .add("server create", "Create a new server", "dev.jos.compute.server.ServerCreate")
                .add("server delete", "Delete server(s)", "dev.jos.compute.server.ServerDelete")
                .add("server list", "List servers", "dev.jos.compute.server.ServerList")
                .add("server lock", "Lock server(s). A non-admin user will not be able to execute actions", "dev.jos.compute.server.ServerLock")
                .add("server pause", "Pause server(s)", "dev.jos.compute.server.ServerPause")
                .add("server reboot", "Perform a hard or soft server reboot", "dev.jos.compute.server.ServerReboot")
                .add("server resize", "Scale server to a new flavor.\nA resize operation is implemented by creating a new server and copying the\ncontents of the original disk into a new one. It is a two-step process for the\nuser: the first step is to perform the resize, and the second step is to either\nconfirm (verify) success and release the old server or to declare a revert to\nrelease the new server and restart the old one.", "dev.jos.compute.server.ServerResize")
                .add("server resize confirm", "Confirm server resize.\nConfirm (verify) success of resize operation and release the old server.", "dev.jos.compute.server.ServerResizeConfirm")
                .add("server resize revert", "Revert server resize.\nRevert the resize operation. Release the new server and restart the old\none.", "dev.jos.compute.server.ServerResizeRevert")
                .add("server resume", "Resume server(s)", "dev.jos.compute.server.ServerResume")
                .add("server set", "Set server properties", "dev.jos.compute.server.ServerSet")
                .add("server show", "Show server details. Specify ``--os-compute-api-version 2.47`` or higher to see the embedded flavor information for the server.", "dev.jos.compute.server.ServerShow")
                .add("server start", "Start server(s).", "dev.jos.compute.server.ServerStart")
                .add("server stop", "Stop server(s).", "dev.jos.compute.server.ServerStop")
                .add("server suspend", "Suspend server(s)", "dev.jos.compute.server.ServerSuspend")
                .add("server unlock", "Unlock server(s)", "dev.jos.compute.server.ServerUnlock")
                .add("server unpause", "Unpause server(s)", "dev.jos.compute.server.ServerUnpause")
                .add("server unset", "Unset server properties and tags", "dev.jos.compute.server.ServerUnset")
                .add("token issue", "Issue new token", id + "token.TokenIssue")
                .add("token revoke", "Revoke existing token", id + "token.TokenRevoke")
                .add("user create", "Create new user", id + "user.UserCreate")
                .add("user delete", "Delete user(s)", id + "user.UserDelete")
                .add("user list", "List users", id + "user.UserList")
                .add("user set", "Set user properties", id + "user.UserSet")
                .add("user show", "Display user details", id + "user.UserShow");
    }
}
