package dev.jos.image;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.output.Record;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's AddProjectToImage: a UUID-like project is taken as is, else looked up; the new member
 * as the SDK's Member resource shows it (its attributes but id, location and name).
 */
public class ImageAddProject extends ShowCommand {
    @Parameters(index = "0", paramLabel = "<image>", description = "Image to share (name or ID)")
    String image;
    @Parameters(index = "1", paramLabel = "<project>", description = "Project to associate with image (ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;

    @Override
    protected Record show(Invocation inv) {
        String projectId = uuidLike(project) ? project : ImageArgs.projectId(inv, project, projectDomain);
        ImageApi api = inv.image();
        String id = api.findImage(image).path("id").asText();
        ObjectNode m = api.addMember(id, projectId);
        // Member: created_at, image_id, member_id, schema, status, updated_at (sorted)
        Map<String, Object> shown = new LinkedHashMap<>();
        for (String key : new String[] {"created_at", "image_id", "member_id", "schema", "status", "updated_at"}) {
            shown.put(key, JsonRows.value(m.get(key)));
        }
        return Record.fromMap(shown);
    }

    /** oslo_utils.uuidutils.is_uuid_like: a UUID with or without dashes, any case. */
    public static boolean uuidLike(String s) {
        String hex = s.replace("-", "").toLowerCase(java.util.Locale.ROOT);
        if (!hex.matches("[0-9a-f]{32}")) {
            return false;
        }
        String canonical = hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
        return s.toLowerCase(java.util.Locale.ROOT).replace("{", "").replace("}", "").equals(canonical) || s.equalsIgnoreCase(hex);
    }
}
