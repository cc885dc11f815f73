package dev.jos.image;

import java.nio.file.Path;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's SaveImage: the image's data streamed into --file (which appears whole or not at all)
 * or to stdout, then openstacksdk's MD5 check against glance's Content-MD5.
 */
public class ImageSave extends ActionCommand {
    @Option(names = "--file", paramLabel = "<filename>", description = "Downloaded image save filename (default: stdout)")
    String file;
    @Parameters(paramLabel = "<image>", description = "Image to save (name or ID)")
    String image;

    @Override
    protected void act(Invocation inv) {
        ImageApi api = inv.image();
        // find_image(ignore_missing=True): a miss fails on None.id
        String id = ImageArgs.findOrNone(api, image).path("id").asText();
        ImageApi.Download d = file != null
                ? api.downloadImage(id, inv.file(file))
                : api.downloadImage(id, inv.stdio().out());
        if (d.contentMd5() != null && d.md5() != null && !d.contentMd5().equals(d.md5())) {
            throw new CommandException("Unable to download image: checksum mismatch: " + d.contentMd5() + " != " + d.md5());
        }
    }
}
