package dev.jos.image;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import picocli.CommandLine.Parameters;

/**
 * OSC's DeleteImage: find and delete each, logging each failure, then "Failed to delete N of M
 * images." (its own wording, not the shared "N of M images failed to delete.").
 */
public class ImageDelete extends ActionCommand {
    @Parameters(paramLabel = "<image>", arity = "1..*", description = "Image(s) to delete (name or ID)")
    List<String> images;

    @Override
    protected void act(Invocation inv) {
        ImageApi api = inv.image();
        int failed = 0;
        for (String image : images) {
            try {
                String id = api.findImage(image).path("id").asText();
                try {
                    api.deleteImage(id);
                } catch (ApiException e) {
                    // delete_image(ignore_missing=True): gone already counts as deleted
                    if (!e.isNotFound()) {
                        throw e;
                    }
                }
            } catch (CommandException e) {
                failed++;
                inv.warn("Failed to delete image with name or ID '" + image + "': " + e.getMessage());
            }
        }
        if (failed > 0) {
            throw new CommandException("Failed to delete " + failed + " of " + images.size() + " images.");
        }
    }
}
