package dev.jos.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import dev.jos.cli.KeyValues;
import dev.jos.json.Json;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's SetImage: (de)activation, then the caller's membership, then one PATCH of every other
 * change (openstacksdk's update_image over a fresh resource: every change an "add", sorted by path).
 */
public class ImageSet extends ActionCommand {
    @Parameters(paramLabel = "<image>", description = "Image to modify (name or ID)")
    String image;
    @Option(names = "--name", paramLabel = "<name>", description = "New image name")
    String name;
    @Option(names = "--min-disk", paramLabel = "<disk-gb>", converter = ImageArgs.Int.class,
            description = "Minimum disk size needed to boot image, in gigabytes")
    Long minDisk;
    @Option(names = "--min-ram", paramLabel = "<ram-mb>", converter = ImageArgs.Int.class,
            description = "Minimum RAM size needed to boot image, in megabytes")
    Long minRam;
    @Option(names = "--container-format", paramLabel = "<container-format>", converter = ImageArgs.ContainerFormat.class,
            description = "Image container format. The supported options are: ami, ari, aki, bare, docker, ova, ovf")
    String containerFormat;
    @Option(names = "--disk-format", paramLabel = "<disk-format>", converter = ImageArgs.DiskFormat.class,
            description = "Image disk format. The supported options are: ami, ari, aki, vhd, vmdk, raw, qcow2, vhdx, vdi, iso, ploop")
    String diskFormat;
    @Option(names = "--protected", description = "Prevent image from being deleted")
    boolean isProtected;
    @Option(names = "--unprotected", description = "Allow image to be deleted (default)")
    boolean unprotected;
    @Option(names = "--public", description = "Image is accessible to the public")
    boolean visPublic;
    @Option(names = "--private", description = "Image is inaccessible to the public (default)")
    boolean visPrivate;
    @Option(names = "--community", description = "Image is accessible to the community")
    boolean visCommunity;
    @Option(names = "--shared", description = "Image can be shared")
    boolean visShared;
    @Option(names = "--property", paramLabel = "<key=value>",
            description = "Set a property on this image (repeat option to set multiple properties)")
    List<String> properties = new ArrayList<>();
    @Option(names = "--tag", paramLabel = "<tag>", description = "Set a tag on this image (repeat option to set multiple tags)")
    List<String> tags = new ArrayList<>();
    @Option(names = "--architecture", paramLabel = "<architecture>", description = "Operating system architecture")
    String architecture;
    @Option(names = "--instance-id", paramLabel = "<instance-id>",
            description = "ID of server instance used to create this image")
    String instanceId;

    /** OSC's deprecated spelling, an argument of its own that help does not show. */
    @Option(names = "--instance-uuid", paramLabel = "<instance-id>", hidden = true)
    void instanceUuid(String v) {
        instanceId = v;
    }
    @Option(names = "--kernel-id", paramLabel = "<kernel-id>", description = "ID of kernel image used to boot this disk image")
    String kernelId;
    @Option(names = "--os-distro", paramLabel = "<os-distro>", description = "Operating system distribution name")
    String osDistro;
    @Option(names = "--os-version", paramLabel = "<os-version>", description = "Operating system distribution version")
    String osVersion;
    @Option(names = "--ramdisk-id", paramLabel = "<ramdisk-id>", description = "ID of ramdisk image used to boot this disk image")
    String ramdiskId;
    @Option(names = "--deactivate", description = "Deactivate the image")
    boolean deactivate;
    @Option(names = "--activate", description = "Activate the image")
    boolean activate;
    @Option(names = "--project", paramLabel = "<project>", description = "Set an alternate project on this image (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    @Option(names = "--visibility", paramLabel = "<visibility>", hidden = true)
    String deadVisibility;
    @Option(names = "--accept", description = "Accept the image membership")
    boolean accept;
    @Option(names = "--reject", description = "Reject the image membership")
    boolean reject;
    @Option(names = "--pending", description = "Reset the image membership to 'pending'")
    boolean pending;
    @Option(names = "--hidden", description = "Hide the image")
    boolean hidden;
    @Option(names = "--unhidden", description = "Unhide the image")
    boolean unhidden;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--protected", "--unprotected"), List.of("--public", "--private", "--community", "--shared"),
                List.of("--deactivate", "--activate"), List.of("--accept", "--reject", "--pending"),
                List.of("--hidden", "--unhidden"));
    }

    @Override
    protected void act(Invocation inv) {
        if (deadVisibility != null && !deadVisibility.isEmpty()) {
            throw new CommandException("ERROR: --visibility was given, which is an Image v1 option that is no longer "
                    + "supported in Image v2");
        }
        Map<String, String> props = KeyValues.parse("--property", properties);
        ImageApi api = inv.image();
        ObjectNode found = api.findImage(image);
        String id = found.path("id").asText();
        String projectId = project == null || project.isEmpty() ? null : ImageArgs.projectId(inv, project, projectDomain);
        if (deactivate) {
            api.imageAction(id, "deactivate");
        }
        if (activate) {
            api.imageAction(id, "reactivate");
        }
        String membership = accept ? "accepted" : reject ? "rejected" : pending ? "pending" : null;
        if (membership != null) {
            String member = projectId != null ? projectId : inv.identity().token().projectId();
            api.updateMember(id, member, membership);
        }
        // glance's key of each change; the SDK sorts the patch by path
        Map<String, JsonNode> changes = new TreeMap<>();
        JsonNodeFactory f = JsonNodeFactory.instance;
        putText(changes, "architecture", architecture);
        putText(changes, "container_format", containerFormat);
        putText(changes, "disk_format", diskFormat);
        // OSC's instance_id is no SDK attribute: it goes as a property of that name
        putText(changes, "instance_id", instanceId);
        putText(changes, "kernel_id", kernelId);
        if (minDisk != null) {
            changes.put("min_disk", f.numberNode(minDisk));
        }
        if (minRam != null) {
            changes.put("min_ram", f.numberNode(minRam));
        }
        putText(changes, "name", name);
        putText(changes, "os_distro", osDistro);
        putText(changes, "os_version", osVersion);
        putText(changes, "ramdisk_id", ramdiskId);
        String visibility = visPublic ? "public" : visPrivate ? "private" : visCommunity ? "community"
                : visShared ? "shared" : null;
        putText(changes, "visibility", visibility);
        props.forEach((k, v) -> changes.put(k, f.textNode(v)));
        if (isProtected || unprotected) {
            changes.put("protected", f.booleanNode(isProtected));
        }
        if (projectId != null) {
            changes.put("owner", f.textNode(projectId));
        }
        if (!tags.isEmpty()) {
            // tags are extended, duplicates dropped
            LinkedHashSet<String> all = new LinkedHashSet<>();
            found.path("tags").forEach(t -> all.add(t.asText()));
            all.addAll(tags);
            ArrayNode list = f.arrayNode();
            all.forEach(list::add);
            changes.put("tags", list);
        }
        if (hidden || unhidden) {
            changes.put("os_hidden", f.booleanNode(hidden));
        }
        if (changes.isEmpty()) {
            return;
        }
        ArrayNode patch = Json.array();
        Map<String, ObjectNode> byPath = new TreeMap<>();
        changes.forEach((k, v) -> {
            ObjectNode op = Json.object();
            op.put("op", "add");
            op.put("path", "/" + k.replace("~", "~0").replace("/", "~1"));
            op.set("value", v);
            byPath.put(op.get("path").asText(), op);
        });
        byPath.values().forEach(patch::add);
        api.updateImage(id, patch);
    }

    private static void putText(Map<String, JsonNode> changes, String key, String value) {
        if (value != null) {
            changes.put(key, JsonNodeFactory.instance.textNode(value));
        }
    }

}
