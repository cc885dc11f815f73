package dev.jos.compute.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.session.SdkFind;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's RescueServer (novaclient). The image is found with the SDK's find_image and its default
 * ignore_missing=True, so an unknown image rescues with the server's own, as OSC does.
 */
public class ServerRescue extends ActionCommand {
    @Parameters(paramLabel = "<server>", description = "Server (name or ID)")
    String server;
    @Option(names = "--image", paramLabel = "<image>", description = "Image (name or ID) to use for the rescue mode. Defaults to the currently used one.")
    String image;
    @Option(names = "--password", paramLabel = "<password>", description = "Set the password on the rescued instance. This option requires cloud support.")
    String password;

    @Override
    protected void act(Invocation inv) {
        String imageId = null;
        if (image != null && !image.isEmpty()) {
            try {
                imageId = inv.image().findImage(image).path("id").asText();
            } catch (SdkFind.NotFound e) {
                // find_image(ignore_missing=True) gives None: nova rescues with the current image
            }
        }
        ComputeApi compute = inv.compute();
        String id = NovaFind.server(compute, server).path("id").asText();
        ObjectNode info = Json.object();
        if (password != null && !password.isEmpty()) {
            info.put("adminPass", password);
        }
        if (imageId != null) {
            info.put("rescue_image_ref", imageId);
        }
        ObjectNode action = Json.object();
        if (info.isEmpty()) {
            action.putNull("rescue");
        } else {
            action.set("rescue", info);
        }
        compute.serverActionReply(id, action);
    }
}
