package dev.jos.compute.server;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.KeyValues;
import dev.jos.cli.ShowCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.image.ImageApi;
import dev.jos.image.ImageColumns;
import dev.jos.json.Json;
import dev.jos.output.Record;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's CreateServerImage (openstacksdk): nova's createImage, --wait until glance says active,
 * then the image as image show renders it. OSC's SDK also lists every image once after the
 * create (the cloud layer's get_image); jos fetches the one image instead.
 */
public class ServerImageCreate extends ShowCommand {
    @Parameters(paramLabel = "<server>", description = "Server to create image (name or ID)")
    String server;
    @Option(names = "--name", paramLabel = "<image-name>", description = "Name of new disk image (default: server name)")
    String name;
    @Option(names = "--property", paramLabel = "<key=value>", description = "Set a new property to meta_data.json on the metadata server (repeat option to set multiple values)")
    List<String> properties;
    @Option(names = "--wait", description = "Wait for operation to complete")
    boolean await;

    @Override
    protected Record show(Invocation inv) {
        ComputeApi compute = inv.compute();
        ImageApi images = inv.image();
        Map<String, String> meta = properties == null ? null : KeyValues.parse("--property", properties);
        ObjectNode found = compute.sdkFindServer(server);
        ObjectNode body = Json.object();
        body.put("name", name != null && !name.isEmpty() ? name : found.path("name").asText());
        if (meta != null) {
            meta.forEach(body.putObject("metadata")::put);
        }
        ObjectNode action = Json.object();
        action.set("createImage", body);
        String imageId = compute.createServerImage(found.path("id").asText(), action);
        if (await) {
            if (ServerWait.forStatus(inv, () -> images.getImage(imageId), "active")) {
                inv.progress("\n");
            } else {
                inv.warn("Error creating server image: " + server);
                // osc_lib's CommandError() without a message: cliff prints an empty line
                throw new CommandException("");
            }
        }
        return ImageColumns.record(images.findImage(imageId), false);
    }
}
