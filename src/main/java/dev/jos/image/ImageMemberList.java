package dev.jos.image;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ListCommand;
import dev.jos.output.Table;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's ListImageProjects: the image's members as Image ID, Member ID, Status. */
public class ImageMemberList extends ListCommand {
    @Parameters(paramLabel = "<image>", description = "Image (name or ID)")
    String image;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;

    @Override
    protected Table list(Invocation inv) {
        ImageApi api = inv.image();
        String id = ImageArgs.findOrNone(api, image).path("id").asText();
        List<List<Object>> rows = new ArrayList<>();
        for (ObjectNode m : api.members(id)) {
            rows.add(List.of(JsonRows.value(m.get("image_id")) == null ? "" : JsonRows.value(m.get("image_id")),
                    JsonRows.value(m.get("member_id")) == null ? "" : JsonRows.value(m.get("member_id")),
                    JsonRows.value(m.get("status")) == null ? "" : JsonRows.value(m.get("status"))));
        }
        return new Table(List.of("Image ID", "Member ID", "Status"), rows);
    }
}
