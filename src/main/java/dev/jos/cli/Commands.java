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
                .add("image add project", "Associate project with image", "dev.jos.image.ImageAddProject")
                .add("image create", "Create/upload an image", "dev.jos.image.ImageCreate")
                .add("image delete", "Delete image(s)", "dev.jos.image.ImageDelete")
                .add("image list", "List available images", "dev.jos.image.ImageList")
                .add("image member list", "List projects associated with image", "dev.jos.image.ImageMemberList")
                .add("image remove project", "Disassociate project with image", "dev.jos.image.ImageRemoveProject")
                .add("image save", "Save an image locally", "dev.jos.image.ImageSave")
                .add("image set", "Set image properties", "dev.jos.image.ImageSet")
                .add("image show", "Display image details", "dev.jos.image.ImageShow")
                .add("image unset", "Unset image tags and properties", "dev.jos.image.ImageUnset")
                .add("keypair create", "Create new public or private key for server ssh access", "dev.jos.compute.keypair.KeypairCreate")
                .add("keypair delete", "Delete public or private key(s)", "dev.jos.compute.keypair.KeypairDelete")
                .add("keypair list", "List key fingerprints", "dev.jos.compute.keypair.KeypairList")
                .add("keypair show", "Display key details", "dev.jos.compute.keypair.KeypairShow")
                .add("network create", "Create new network", "dev.jos.network.network.NetworkCreate")
                .add("network delete", "Delete network(s)", "dev.jos.network.network.NetworkDelete")
                .add("network list", "List networks", "dev.jos.network.network.NetworkList")
                .add("network set", "Set network properties", "dev.jos.network.network.NetworkSet")
                .add("network show", "Show network details", "dev.jos.network.network.NetworkShow")
                .add("network unset", "Unset network properties", "dev.jos.network.network.NetworkUnset")
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
                .add("server show", "Show server details. Specify ``--os-compute-api-version 2.47`` or higher to see the embedded flavor information for the server.", "dev.jos.compute.server.ServerShow")
                .add("server start", "Start server(s).", "dev.jos.compute.server.ServerStart")
                .add("server stop", "Stop server(s).", "dev.jos.compute.server.ServerStop")
                .add("subnet create", "Create a subnet", "dev.jos.network.subnet.SubnetCreate")
                .add("subnet delete", "Delete subnet(s)", "dev.jos.network.subnet.SubnetDelete")
                .add("subnet list", "List subnets", "dev.jos.network.subnet.SubnetList")
                .add("subnet show", "Display subnet details", "dev.jos.network.subnet.SubnetShow")
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
