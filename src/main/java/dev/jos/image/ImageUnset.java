package dev.jos.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.json.Json;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's UnsetImage: each tag removed on its own (a failure is logged and counted), then one
 * PATCH removing the properties the image has (a missing one is logged and counted).
 */
public class ImageUnset extends ActionCommand {
    @Parameters(paramLabel = "<image>", description = "Image to modify (name or ID)")
    String image;
    @Option(names = "--tag", paramLabel = "<tag>", description = "Unset a tag on this image (repeat option to unset multiple tags)")
    List<String> tags = new ArrayList<>();
    @Option(names = "--property", paramLabel = "<property-key>",
            description = "Unset a property on this image (repeat option to unset multiple properties)")
    List<String> properties = new ArrayList<>();

    @Override
    protected void act(Invocation inv) {
        ImageApi api = inv.image();
        ObjectNode found = api.findImage(image);
        String id = found.path("id").asText();
        int tagFailures = 0;
        for (String tag : tags) {
            try {
                api.removeTag(id, tag);
            } catch (CommandException e) {
                inv.warn("tag unset failed, '" + tag + "' is a nonexistent tag ");
                tagFailures++;
            }
        }
        int propFailures = 0;
        if (!properties.isEmpty()) {
            Map<String, Object> sdk = ImageColumns.sdkImage(found);
            Map<String, ObjectNode> byPath = new TreeMap<>();
            for (String k : properties) {
                String key = ImageColumns.originalName(k);
                boolean attribute = key != null && !key.equals("properties") && sdk.containsKey(key);
                boolean property = !attribute && sdk.get("properties") instanceof Map<?, ?> props && props.containsKey(k);
                if (!attribute && !property) {
                    inv.warn("property unset failed, '" + k + "' is a nonexistent property ");
                    propFailures++;
                    continue;
                }
                String glanceKey = attribute ? key : k;
                ObjectNode op = Json.object();
                op.put("op", "remove");
                op.put("path", "/" + glanceKey.replace("~", "~0").replace("/", "~1"));
                byPath.put(op.get("path").asText(), op);
            }
            ArrayNode patch = Json.array();
            byPath.values().forEach(patch::add);
            if (!patch.isEmpty()) {
                api.updateImage(id, patch);
            }
        }
        if (tagFailures > 0 && propFailures > 0) {
            throw new CommandException("Failed to unset " + tagFailures + " of " + tags.size() + " tags,Failed to unset "
                    + propFailures + " of " + properties.size() + " properties.");
        } else if (tagFailures > 0) {
            throw new CommandException("Failed to unset " + tagFailures + " of " + tags.size() + " tags.");
        } else if (propFailures > 0) {
            throw new CommandException("Failed to unset " + propFailures + " of " + properties.size() + " properties.");
        }
    }
}
