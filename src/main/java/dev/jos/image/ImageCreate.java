package dev.jos.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.KeyValues;
import dev.jos.cli.ShowCommand;
import dev.jos.json.Json;
import dev.jos.output.Record;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC 6.0's CreateImage over openstacksdk's create_image: POST the image (with the SDK's
 * owner_specified.openstack.* properties, md5/sha256 empty as OSC never asks for them), then
 * stream the data from --file or a non-terminal stdin; the output is the created image.
 */
public class ImageCreate extends ShowCommand {
    @Parameters(paramLabel = "<image-name>", description = "New image name")
    String name;
    @Option(names = "--id", paramLabel = "<id>", description = "Image ID to reserve")
    String id;
    @Option(names = "--container-format", paramLabel = "<container-format>", converter = ImageArgs.ContainerFormat.class,
            description = "Image container format. The supported options are: ami, ari, aki, bare, docker, ova, ovf. "
                    + "The default format is: bare")
    String containerFormat = "bare";
    @Option(names = "--disk-format", paramLabel = "<disk-format>", converter = ImageArgs.DiskFormat.class,
            description = "Image disk format. The supported options are: ami, ari, aki, vhd, vmdk, raw, qcow2, vhdx, "
                    + "vdi, iso, ploop. The default format is: raw")
    String diskFormat = "raw";
    @Option(names = "--min-disk", paramLabel = "<disk-gb>", converter = ImageArgs.Int.class,
            description = "Minimum disk size needed to boot image, in gigabytes")
    Long minDisk;
    @Option(names = "--min-ram", paramLabel = "<ram-mb>", converter = ImageArgs.Int.class,
            description = "Minimum RAM size needed to boot image, in megabytes")
    Long minRam;
    @Option(names = "--file", paramLabel = "<file>", description = "Upload image from local file")
    String file;
    @Option(names = "--volume", paramLabel = "<volume>", description = "Create image from a volume")
    String volume;
    @Option(names = "--force", description = "Force image creation if volume is in use (only meaningful with --volume)")
    boolean force;
    @Option(names = "--progress", description = "Show upload progress bar.")
    boolean progress;
    @Option(names = "--sign-key-path", paramLabel = "<sign-key-path>",
            description = "Sign the image using the specified private key. Only use in combination with --sign-cert-id")
    String signKeyPath;
    @Option(names = "--sign-cert-id", paramLabel = "<sign-cert-id>",
            description = "The specified certificate UUID is a reference to the certificate in the key manager that "
                    + "corresponds to the public key and is used for signature validation. Only use in combination "
                    + "with --sign-key-path")
    String signCertId;
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
    @Option(names = "--project", paramLabel = "<project>", description = "Set an alternate project on this image (name or ID)")
    String project;
    @Option(names = "--import", description = "Force the use of glance image import instead of direct upload")
    boolean useImport;
    @Option(names = "--project-domain", paramLabel = "<project-domain>",
            description = "Domain the project belongs to (name or ID). This can be used in case collisions between "
                    + "project names exist.")
    String projectDomain;
    // Image v1 options OSC still parses, only to refuse them
    @Option(names = "--size", paramLabel = "<size>", hidden = true)
    String deadSize;
    @Option(names = "--location", paramLabel = "<location>", hidden = true)
    String deadLocation;
    @Option(names = "--copy-from", paramLabel = "<copy-from>", hidden = true)
    String deadCopyFrom;
    @Option(names = "--checksum", paramLabel = "<checksum>", hidden = true)
    String deadChecksum;
    @Option(names = "--store", paramLabel = "<store>", hidden = true)
    String deadStore;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--file", "--volume"), List.of("--protected", "--unprotected"),
                List.of("--public", "--private", "--community", "--shared"));
    }

    private String visibility() {
        return visPublic ? "public" : visPrivate ? "private" : visCommunity ? "community" : visShared ? "shared" : null;
    }

    private Boolean protection() {
        return isProtected ? Boolean.TRUE : unprotected ? Boolean.FALSE : null;
    }

    @Override
    protected Record show(Invocation inv) {
        String[][] dead = {{"size", deadSize}, {"location", deadLocation}, {"copy-from", deadCopyFrom},
                {"checksum", deadChecksum}, {"store", deadStore}};
        for (String[] d : dead) {
            if (d[1] != null && !d[1].isEmpty()) {
                throw new CommandException("ERROR: --" + d[0] + " was given, which is an Image v1 option that is no "
                        + "longer supported in Image v2");
            }
        }
        if (volume != null && !volume.isEmpty()) {
            return fromVolume(inv);
        }
        return ImageColumns.record(createImage(inv), false);
    }

    /** _take_action_volume: warnings for the options it ignores, then cinder (which the lab lacks). */
    private Record fromVolume(Invocation inv) {
        Object[][] unsupported = {{"id", id}, {"min_disk", minDisk}, {"min_ram", minRam}, {"file", file},
                {"force", force}, {"progress", progress}, {"sign_key_path", signKeyPath}, {"sign_cert_id", signCertId},
                {"properties", properties.isEmpty() ? null : properties}, {"tags", tags.isEmpty() ? null : tags},
                {"project", project}, {"import", useImport}};
        for (Object[] u : unsupported) {
            Object v = u[1];
            if (v != null && !Boolean.FALSE.equals(v) && !"".equals(v) && !Long.valueOf(0).equals(v)) {
                inv.warn("'--" + u[0] + "' was given, which is not supported when creating an image from a volume. "
                        + "This will be an error in a future version.");
            }
        }
        inv.requireService("volumev3");
        throw new CommandException("Creating an image from a volume is not supported by jos");
    }

    private ObjectNode createImage(Invocation inv) {
        Map<String, String> props = KeyValues.parse("--property", properties);
        // the keyword arguments OSC passes to create_image, in its order
        Map<String, Object> kwargs = new LinkedHashMap<>();
        if (id != null && !id.isEmpty()) {
            kwargs.put("id", id);
        }
        if (minDisk != null && minDisk != 0) {
            kwargs.put("min_disk", minDisk);
        }
        if (minRam != null && minRam != 0) {
            kwargs.put("min_ram", minRam);
        }
        String visibility = visibility();
        if (visibility != null) {
            kwargs.put("visibility", visibility);
        }
        kwargs.putAll(props);
        if (protection() != null) {
            kwargs.put("is_protected", protection());
        }
        if (project != null && !project.isEmpty()) {
            kwargs.put("owner_id", ImageArgs.projectId(inv, project, projectDomain));
        }
        ImageData data = dataSource(inv);
        if (data != null && progress && data.file() == null) {
            // os.path.getsize(None): stdin has no file name
            throw new CommandException("stat: path should be string, bytes, os.PathLike or integer, not NoneType");
        }
        checkSigning(inv, data);
        String imageName = name;
        if (data == null) {
            // create_image: with no data, a name that is an existing file is the file
            Path asFile = inv.file(name);
            if (Files.exists(asFile)) {
                String base = asFile.getFileName().toString();
                int dot = base.lastIndexOf('.');
                imageName = dot > 0 ? base.substring(0, dot) : base;
                data = ImageData.file(asFile);
            } else if (Files.exists(inv.file(name + ".qcow2"))) {
                imageName = asFile.getFileName().toString();
                data = ImageData.file(inv.file(name + ".qcow2"));
            }
        }
        kwargs.put("owner_specified.openstack.md5", "");
        kwargs.put("owner_specified.openstack.sha256", "");
        kwargs.put("owner_specified.openstack.object", "images/" + imageName);

        ObjectNode body = Json.object();
        body.put("disk_format", diskFormat);
        body.put("container_format", containerFormat);
        if (!tags.isEmpty()) {
            tags.forEach(body.putArray("tags")::add);
        }
        body.put("name", imageName);
        for (Map.Entry<String, Object> e : kwargs.entrySet()) {
            // with data, the SDK's Image maps its attribute names to glance's; without, they go as they are
            String key = data == null ? e.getKey()
                    : e.getKey().equals("is_protected") ? "protected" : e.getKey().equals("owner_id") ? "owner" : e.getKey();
            body.set(key, node(e.getValue()));
        }
        ImageApi api = inv.image();
        ImageApi.Created created = api.createImage(body);
        ObjectNode image = created.image();
        if (data == null) {
            return image;
        }
        if (useImport && !created.importMethods().contains("glance-direct")) {
            throw new CommandException("Importing image was requested but the cloud does not support the image import method.");
        }
        String imageId = image.path("id").asText();
        ProgressBar bar = progress && inv.stdio().outIsTerminal() ? new ProgressBar(inv, data) : null;
        try {
            if (useImport) {
                api.stageImage(imageId, data, bar);
                api.importImage(imageId);
            } else {
                api.uploadImage(imageId, data, bar);
            }
        } catch (CommandException e) {
            // _upload_image_put deletes the image whose upload failed
            try {
                api.deleteImage(imageId);
            } catch (ApiException gone) {
                // ignore_missing
            }
            throw e;
        }
        return image;
    }

    private static com.fasterxml.jackson.databind.JsonNode node(Object v) {
        com.fasterxml.jackson.databind.node.JsonNodeFactory f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (v instanceof Long l) {
            return f.numberNode(l);
        }
        if (v instanceof Boolean b) {
            return f.booleanNode(b);
        }
        return f.textNode(String.valueOf(v));
    }

    /** get_data_file: --file is opened first (its errors come before any request), else stdin unless a terminal. */
    private ImageData dataSource(Invocation inv) {
        if (file != null && !file.isEmpty()) {
            Path p = inv.file(file);
            try (InputStream probe = Files.newInputStream(p)) {
                // opened as OSC opens it, to fail the same way; the upload opens it again
            } catch (NoSuchFileException e) {
                throw new CommandException("[Errno 2] No such file or directory: '" + file + "'");
            } catch (AccessDeniedException e) {
                throw new CommandException("[Errno 13] Permission denied: '" + file + "'");
            } catch (IOException e) {
                if (Files.isDirectory(p)) {
                    throw new CommandException("[Errno 21] Is a directory: '" + file + "'");
                }
                throw new CommandException(e.getMessage());
            }
            return ImageData.file(p);
        }
        Invocation.Stdio stdio = inv.stdio();
        InputStream in = stdio.in();
        if (in == null || stdio.inIsTerminal()) {
            return null;
        }
        return ImageData.stream(in);
    }

    private void checkSigning(Invocation inv, ImageData data) {
        boolean key = signKeyPath != null && !signKeyPath.isEmpty();
        boolean cert = signCertId != null && !signCertId.isEmpty();
        if (!key && !cert) {
            return;
        }
        if (file == null || file.isEmpty()) {
            throw new CommandException("signing an image requires the --file option, passing files via stdin when "
                    + "signing is not supported.");
        }
        if (!key || !cert) {
            throw new CommandException("'sign-key-path' and 'sign-cert-id' must both be specified when attempting "
                    + "to sign an image.");
        }
        // OSC asks for the key's password and signs with cursive; jos has no signer, which OSC's
        // handler words as a key that could not be loaded
        throw new CommandException("Error during sign operation: private key could not be loaded.");
    }

    /** progressbar.VerboseFileWrapper: `\r[====>   ] 49%` on stdout as the file is read, then a newline. */
    static final class ProgressBar implements java.util.function.LongConsumer {
        private final Invocation inv;
        private final double total;
        private boolean done;

        ProgressBar(Invocation inv, ImageData data) {
            this.inv = inv;
            double size = 0;
            try {
                size = Files.size(data.file());
            } catch (IOException e) {
                // no bar
            }
            this.total = size;
        }

        @Override
        public void accept(long sent) {
            if (total == 0 || done) {
                return;
            }
            inv.progress(bar(sent / total));
            if (sent >= total) {
                done = true;
                inv.progress("\n");
            }
        }

        static String bar(double percent) {
            String arrow = "=".repeat((int) Math.rint(percent * 29)) + ">";
            return "\r[" + String.format("%-30s", arrow) + "] " + (long) Math.rint(percent * 100) + "%";
        }
    }
}
