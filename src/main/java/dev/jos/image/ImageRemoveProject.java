package dev.jos.image;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's RemoveProjectImage: the project is looked up first, then the image, then the member removed. */
public class ImageRemoveProject extends ActionCommand {
    @Parameters(index = "0", paramLabel = "<image>", description = "Image to unshare (name or ID)")
    String image;
    @Parameters(index = "1", paramLabel = "<project>", description = "Project to disassociate with image (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;

    @Override
    protected void act(Invocation inv) {
        String projectId = ImageArgs.projectId(inv, project, projectDomain);
        ImageApi api = inv.image();
        String id = api.findImage(image).path("id").asText();
        try {
            api.removeMember(id, projectId);
        } catch (dev.jos.session.ApiException e) {
            // remove_member(ignore_missing=True)
            if (!e.isNotFound()) {
                throw e;
            }
        }
    }
}
