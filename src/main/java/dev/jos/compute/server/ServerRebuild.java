package dev.jos.compute.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.KeyValues;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.image.ImageApi;
import dev.jos.json.Json;
import dev.jos.output.Record;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's RebuildServer (novaclient): the server, its image (the given one, else the current one),
 * OSC's microversion checks in its order, the rebuild, --wait; then the rebuild's reply as
 * _prep_server_detail renders it (adminPass included).
 */
public class ServerRebuild extends ShowCommand {
    @Parameters(paramLabel = "<server>", description = "Server (name or ID)")
    String server;
    @Option(names = "--image", paramLabel = "<image>", description = "Recreate server from the specified image (name or ID).Defaults to the currently used one.")
    String image;
    @Option(names = "--name", paramLabel = "<name>", description = "Set the new name of the rebuilt server")
    String name;
    @Option(names = "--password", paramLabel = "<password>", description = "Set the password on the rebuilt server. This option requires cloud support.")
    String password;
    @Option(names = "--property", paramLabel = "<key=value>", description = "Set a new property on the rebuilt server (repeat option to set multiple values)")
    List<String> properties;
    @Option(names = "--description", paramLabel = "<description>", description = "Set a new description on the rebuilt server (supported by --os-compute-api-version 2.19 or above)")
    String description;
    @Option(names = "--preserve-ephemeral", description = "Preserve the default ephemeral storage partition on rebuild.")
    boolean preserveEphemeral;
    @Option(names = "--no-preserve-ephemeral", description = "Do not preserve the default ephemeral storage partition on rebuild.")
    boolean noPreserveEphemeral;
    @Option(names = "--key-name", paramLabel = "<key-name>", description = "Set the key name of key pair on the rebuilt server. Cannot be specified with the --key-unset option. (supported by --os-compute-api-version 2.54 or above)")
    String keyName;
    @Option(names = "--no-key-name", description = "Unset the key name of key pair on the rebuilt server. Cannot be specified with the --key-name option. (supported by --os-compute-api-version 2.54 or above)")
    boolean noKeyName;

    /** OSC's older spelling, an argument of its own that help does not show. */
    @Option(names = "--key-unset", hidden = true)
    void keyUnset(boolean v) {
        noKeyName = v;
    }
    @Option(names = "--user-data", paramLabel = "<user-data>", description = "Add a new user data file to the rebuilt server. Cannot be specified with the --no-user-data option. (supported by --os-compute-api-version 2.57 or above)")
    String userData;
    @Option(names = "--no-user-data", description = "Remove existing user data when rebuilding server. Cannot be specified with the --user-data option. (supported by --os-compute-api-version 2.57 or above)")
    boolean noUserData;
    @Option(names = "--trusted-image-cert", paramLabel = "<trusted-cert-id>", description = "Trusted image certificate IDs used to validate certificates during the image signature verification process. May be specified multiple times to pass multiple trusted image certificate IDs. Cannot be specified with the --no-trusted-certs option. (supported by --os-compute-api-version 2.63 or above)")
    List<String> trustedImageCerts;
    @Option(names = "--no-trusted-image-certs", description = "Remove any existing trusted image certificates from the server. Cannot be specified with the --trusted-certs option. (supported by --os-compute-api-version 2.63 or above)")
    boolean noTrustedImageCerts;
    @Option(names = "--hostname", paramLabel = "<hostname>", description = "Hostname configured for the server in the metadata service. A separate utility running in the guest is required to propagate changes to this value to the guest OS itself. (supported by --os-compute-api-version 2.90 or above)")
    String hostname;
    @Option(names = "--wait", description = "Wait for rebuild to complete")
    boolean await;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--preserve-ephemeral", "--no-preserve-ephemeral"), List.of("--key-name", "--no-key-name", "--key-unset"),
                List.of("--user-data", "--no-user-data"), List.of("--trusted-image-cert", "--no-trusted-image-certs"));
    }

    private static void need(ComputeApi compute, String version, String option) {
        if (!compute.serverMicroversionAtLeast(version)) {
            throw new CommandException("--os-compute-api-version " + version + " or greater is required to support the " + option + " option");
        }
    }

    @Override
    protected Record show(Invocation inv) {
        ComputeApi compute = inv.compute();
        ImageApi images = inv.image();
        ObjectNode found = NovaFind.server(compute, server);
        String imageId;
        if (image != null && !image.isEmpty()) {
            imageId = images.findImage(image).path("id").asText();
        } else {
            imageId = images.getImage(found.path("image").path("id").asText("")).path("id").asText();
        }
        Map<String, String> meta = properties == null ? Map.of() : KeyValues.parse("--property", properties);

        ObjectNode body = Json.object();
        body.put("imageRef", imageId);
        if (password != null) {
            body.put("adminPass", password);
        }
        if (preserveEphemeral) {
            body.put("preserve_ephemeral", true);
        }
        if (name != null) {
            body.put("name", name);
        }
        if (description != null && !description.isEmpty()) {
            need(compute, "2.19", "--description");
            body.put("description", description);
        }
        if (keyName != null && !keyName.isEmpty()) {
            need(compute, "2.54", "--key-name");
            body.put("key_name", keyName);
        } else if (noKeyName) {
            need(compute, "2.54", "--no-key-name");
            body.putNull("key_name");
        }
        String userDataB64 = null;
        boolean unsetUserData = false;
        if (userData != null && !userData.isEmpty()) {
            // OSC 6.0 checks 2.54 here (novaclient then insists on 2.57)
            need(compute, "2.54", "--user-data");
            userDataB64 = Base64.getEncoder().encodeToString(ServerCreate.readUserData(inv, userData).getBytes(StandardCharsets.UTF_8));
        } else if (noUserData) {
            need(compute, "2.54", "--no-user-data");
            unsetUserData = true;
        }
        if (trustedImageCerts != null && !trustedImageCerts.isEmpty()) {
            need(compute, "2.63", "--trusted-certs");
            trustedImageCerts.forEach(body.putArray("trusted_image_certificates")::add);
        } else if (noTrustedImageCerts) {
            need(compute, "2.63", "--no-trusted-certs");
            body.putNull("trusted_image_certificates");
        }
        if (hostname != null && !hostname.isEmpty()) {
            need(compute, "2.90", "--hostname");
            body.put("hostname", hostname);
        }
        if (!meta.isEmpty()) {
            meta.forEach(body.putObject("metadata")::put);
        }
        if (userDataB64 != null) {
            body.put("user_data", userDataB64);
        } else if (unsetUserData) {
            body.putNull("user_data");
        }
        if ((userDataB64 != null || unsetUserData) && !compute.serverMicroversionAtLeast("2.57")) {
            // novaclient's own check, after OSC's
            throw new CommandException("'userdata' argument is only allowed since microversion 2.57.");
        }
        ObjectNode action = Json.object();
        action.set("rebuild", body);
        ObjectNode reply = compute.serverActionReply(found.path("id").asText(), action);
        if (!reply.path("server").isObject()) {
            throw new CommandException("Invalid response from nova: no 'server' object");
        }
        ObjectNode rebuilt = (ObjectNode) reply.get("server");
        String id = rebuilt.path("id").asText();
        if (await) {
            if (ServerWait.forStatus(inv, () -> compute.getServer(id), "active")) {
                inv.progress("Complete\n");
            } else {
                inv.progress("Error rebuilding server\n");
                // OSC 6.0 raises SystemExit here (exit 0); jos exits 1
                throw new CommandException("Error rebuilding server: " + id);
            }
        }
        return ServerDetail.record(compute, images, rebuilt, false);
    }
}
