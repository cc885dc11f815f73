package dev.jos.image;

import dev.jos.cli.Invocation;
import dev.jos.cli.ShowCommand;
import dev.jos.output.Record;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's ShowImage: find_image(ignore_missing=False), formatted by _format_image. */
public class ImageShow extends ShowCommand {
    @Option(names = "--human-readable", description = "Print image size in a human-friendly format.")
    boolean humanReadable;
    @Parameters(paramLabel = "<image>", description = "Image to display (name or ID)")
    String image;

    @Override
    protected Record show(Invocation inv) {
        return ImageColumns.record(inv.image().findImage(image), humanReadable);
    }
}
