package dev.jos.compute.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.KeyValues;
import dev.jos.cli.MultiKeyValues;
import dev.jos.cli.ShowCommand;
import dev.jos.cli.UsageException;
import dev.jos.compute.ComputeApi;
import dev.jos.image.ImageApi;
import dev.jos.json.Json;
import dev.jos.network.NetworkApi;
import dev.jos.output.Record;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's CreateServer: the look-ups in OSC's order (image, flavor, networks and ports, security
 * groups), novaclient's create body, --wait, then _prep_server_detail of the created server.
 */
public class ServerCreate extends ShowCommand {
    @Parameters(paramLabel = "<server-name>", arity = "0..1", description = "New server name")
    String name;
    @Option(names = "--flavor", paramLabel = "<flavor>", description = "Create server with this flavor (name or ID)")
    String flavor;
    @Option(names = "--image", paramLabel = "<image>", description = "Create server boot disk from this image (name or ID)")
    String image;
    @Option(names = "--image-property", paramLabel = "<key=value>", description = "Create server using the image that matches the specified property. Property must match exactly one property.")
    List<String> imageProperties;
    @Option(names = "--volume", paramLabel = "<volume>", description = "Create server using this volume as the boot disk (name or ID)%nThis option automatically creates a block device mapping with a boot index of 0. On many hypervisors (libvirt/kvm for example) this will be device vda. Do not create a duplicate mapping using --block-device-mapping for this volume.")
    String volume;
    @Option(names = "--snapshot", paramLabel = "<snapshot>", description = "Create server using this snapshot as the boot disk (name or ID)%nThis option automatically creates a block device mapping with a boot index of 0. On many hypervisors (libvirt/kvm for example) this will be device vda. Do not create a duplicate mapping using --block-device-mapping for this volume.")
    String snapshot;
    @Option(names = "--boot-from-volume", paramLabel = "<volume-size>", description = "When used in conjunction with the ``--image`` or ``--image-property`` option, this option automatically creates a block device mapping with a boot index of 0 and tells the compute service to create a volume of the given size (in GB) from the specified image and use it as the root disk of the server. The root volume will not be deleted when the server is deleted. This option is mutually exclusive with the ``--volume`` and ``--snapshot`` options.")
    Integer bootFromVolume;
    @Option(names = "--block-device-mapping", paramLabel = "<dev-name=mapping>", description = "**Deprecated** Create a block device on the server.%nBlock device mapping in the format%n<dev-name>=<id>:<type>:<size(GB)>:<delete-on-terminate>%n<dev-name>: block device name, like: vdb, xvdc (required)%n<id>: Name or ID of the volume, volume snapshot or image (required)%n<type>: volume, snapshot or image; default: volume (optional)%n<size(GB)>: volume size if create from image or snapshot (optional)%n<delete-on-terminate>: true or false; default: false (optional)%nReplaced by --block-device")
    List<String> blockDeviceMappings = new ArrayList<>();
    // OSC's metavar is '': jos's help shows no label where the parameter syntax is hidden
    @Option(names = "--block-device", hideParamSyntax = true, description = "Create a block device on the server.%nEither a path to a JSON file or a CSV-serialized string describing the block device mapping.%nThe following keys are accepted for both:%nuuid=<uuid>: UUID of the volume, snapshot or ID (required if using source image, snapshot or volume),%nsource_type=<source_type>: source type (one of: image, snapshot, volume, blank),%ndestination_type=<destination_type>: destination type (one of: volume, local) (optional),%ndisk_bus=<disk_bus>: device bus (one of: uml, lxc, virtio, ...) (optional),%ndevice_type=<device_type>: device type (one of: disk, cdrom, etc. (optional),%ndevice_name=<device_name>: name of the device (optional),%nvolume_size=<volume_size>: size of the block device in MiB (for swap) or GiB (for everything else) (optional),%nguest_format=<guest_format>: format of device (optional),%nboot_index=<boot_index>: index of disk used to order boot disk (required for volume-backed instances),%ndelete_on_termination=<true|false>: whether to delete the volume upon deletion of server (optional),%ntag=<tag>: device metadata tag (optional),%nvolume_type=<volume_type>: type of volume to create (name or ID) when source if blank, image or snapshot and dest is volume (optional)")
    List<String> blockDevices = new ArrayList<>();
    @Option(names = "--swap", paramLabel = "<swap>", description = "Create and attach a local swap block device of <swap_size> MiB.")
    Integer swap;
    @Option(names = "--ephemeral", paramLabel = "<size=size[,format=format]>", description = "Create and attach a local ephemeral block device of <size> GiB and format it to <format>.")
    List<String> ephemerals = new ArrayList<>();

    private final List<Nics.Typed> nics = new ArrayList<>();

    // setter methods, to keep the order typed; order = their place among this class's options (OptionOrder)

    @Option(names = "--network", order = 10, paramLabel = "<network>", description = "Create a NIC on the server and connect it to network. Specify option multiple times to create multiple NICs. This is a wrapper for the '--nic net-id=<network>' parameter that provides simple syntax for the standard use case of connecting a new server to a given network. For more advanced use cases, refer to the '--nic' parameter.")
    void network(String v) {
        nics.add(new Nics.Typed("net-id", v));
    }

    @Option(names = "--port", order = 11, paramLabel = "<port>", description = "Create a NIC on the server and connect it to port. Specify option multiple times to create multiple NICs. This is a wrapper for the '--nic port-id=<port>' parameter that provides simple syntax for the standard use case of connecting a new server to a given port. For more advanced use cases, refer to the '--nic' parameter.")
    void port(String v) {
        nics.add(new Nics.Typed("port-id", v));
    }

    @Option(names = "--nic", order = 12, paramLabel = "<net-id=net-uuid,port-id=port-uuid,v4-fixed-ip=ip-addr,v6-fixed-ip=ip-addr,tag=tag,auto,none>", description = "Create a NIC on the server.%nNIC in the format:%nnet-id=<net-uuid>: attach NIC to network with this UUID,%nport-id=<port-uuid>: attach NIC to port with this UUID,%nv4-fixed-ip=<ip-addr>: IPv4 fixed address for NIC (optional),%nv6-fixed-ip=<ip-addr>: IPv6 fixed address for NIC (optional),%ntag: interface metadata tag (optional) (supported by --os-compute-api-version 2.43 or above),%nnone: (v2.37+) no network is attached,%nauto: (v2.37+) the compute service will automatically allocate a network.%n%nSpecify option multiple times to create multiple NICs.%nSpecifying a --nic of auto or none cannot be used with any other --nic value.%nEither net-id or port-id must be provided, but not both.")
    void nic(String v) {
        nics.add(new Nics.Typed(null, v));
    }

    @Option(names = "--password", paramLabel = "<password>", description = "Set the password to this server. This option requires cloud support.")
    String password;
    @Option(names = "--security-group", paramLabel = "<security-group>", description = "Security group to assign to this server (name or ID) (repeat option to set multiple groups)")
    List<String> securityGroups = new ArrayList<>();
    @Option(names = "--key-name", paramLabel = "<key-name>", description = "Keypair to inject into this server")
    String keyName;
    @Option(names = "--property", paramLabel = "<key=value>", description = "Set a property on this server (repeat option to set multiple values)")
    List<String> properties;
    @Option(names = "--file", paramLabel = "<dest-filename=source-filename>", description = "File(s) to inject into image before boot (repeat option to set multiple files)(supported by --os-compute-api-version 2.57 or below)")
    List<String> files = new ArrayList<>();
    @Option(names = "--user-data", paramLabel = "<user-data>", description = "User data file to serve from the metadata server")
    String userData;
    @Option(names = "--description", paramLabel = "<description>", description = "Set description for the server (supported by --os-compute-api-version 2.19 or above)")
    String description;
    @Option(names = "--availability-zone", paramLabel = "<zone-name>", description = "Select an availability zone for the server. Host and node are optional parameters. Availability zone in the format <zone-name>:<host-name>:<node-name>, <zone-name>::<node-name>, <zone-name>:<host-name> or <zone-name>")
    String availabilityZone;
    @Option(names = "--host", paramLabel = "<host>", description = "Requested host to create servers. (admin only) (supported by --os-compute-api-version 2.74 or above)")
    String host;
    @Option(names = "--hypervisor-hostname", paramLabel = "<hypervisor-hostname>", description = "Requested hypervisor hostname to create servers. (admin only) (supported by --os-compute-api-version 2.74 or above)")
    String hypervisorHostname;
    @Option(names = "--hint", paramLabel = "<key=value>", description = "Hints for the scheduler")
    List<String> hints = new ArrayList<>();
    @Option(names = "--use-config-drive", description = "Enable config drive.")
    boolean useConfigDrive;
    @Option(names = "--no-config-drive", description = "Disable config drive.")
    boolean noConfigDrive;
    @Option(names = "--config-drive", paramLabel = "<config-drive-volume>|True", description = "**Deprecated** Use specified volume as the config drive, or 'True' to use an ephemeral drive. Replaced by '--use-config-drive'.")
    String configDrive;
    @Option(names = "--min", paramLabel = "<count>", description = "Minimum number of servers to launch (default=1)")
    int min = 1;
    @Option(names = "--max", paramLabel = "<count>", description = "Maximum number of servers to launch (default=1)")
    int max = 1;
    @Option(names = "--tag", paramLabel = "<tag>", description = "Tags for the server. Specify multiple times to add multiple tags. (supported by --os-compute-api-version 2.52 or above)")
    List<String> tags = new ArrayList<>();
    @Option(names = "--hostname", paramLabel = "<hostname>", description = "Hostname configured for the server in the metadata service. If unset, a hostname will be automatically generated from the server name. A utility such as cloud-init is required to propagate the hostname in the metadata service to the guest OS itself. (supported by --os-compute-api-version 2.90 or above)")
    String hostname;
    @Option(names = "--wait", description = "Wait for build to complete")
    boolean await;
    @Option(names = "--trusted-image-cert", paramLabel = "<trusted-cert-id>", description = "Trusted image certificate IDs used to validate certificates during the image signature verification process. May be specified multiple times to pass multiple trusted image certificate IDs. (supported by --os-compute-api-version 2.63 or above)")
    List<String> trustedImageCerts;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(DISK, List.of("--use-config-drive", "--no-config-drive", "--config-drive"));
    }

    /** OSC's disk_group, a required one. */
    private static final List<String> DISK = List.of("--image", "--image-property", "--volume", "--snapshot");

    @Override
    public List<List<String>> requiredExclusiveOptions() {
        return List.of(DISK);
    }

    /** OSC's required arguments, in the order argparse reports them missing. */
    private static final List<String> REQUIRED = List.of("<server-name>", "--flavor");

    @Override
    public List<String> requiredArguments() {
        return REQUIRED;
    }

    /** argparse's checks of required arguments, made before anything else. */
    private void checkRequired() {
        List<String> missing = new ArrayList<>();
        if (name == null) {
            missing.add(REQUIRED.get(0));
        }
        if (flavor == null) {
            missing.add(REQUIRED.get(1));
        }
        if (!missing.isEmpty()) {
            throw new UsageException("the following arguments are required: " + String.join(", ", missing));
        }
        if (image == null && imageProperties == null && volume == null && snapshot == null) {
            throw new UsageException("one of the arguments " + String.join(" ", DISK) + " is required");
        }
    }

    @Override
    protected Record show(Invocation inv) throws Exception {
        checkRequired();
        // argparse's actions: these fail while the arguments are read, before any request
        List<Object> nicList = Nics.parse(nics);
        Map<String, String> imageProps = imageProperties == null ? null : KeyValues.parse("--image-property", imageProperties);
        Map<String, String> meta = properties == null ? null : KeyValues.parse("--property", properties);
        List<Map<String, String>> ephemeralSpecs = new ArrayList<>();
        for (String e : ephemerals) {
            ephemeralSpecs.add(MultiKeyValues.parse(e, List.of("size"), List.of("format")));
        }
        List<ObjectNode> legacyMappings = new ArrayList<>();
        for (String b : blockDeviceMappings) {
            legacyMappings.add(BlockDevices.legacy(b));
        }
        List<ObjectNode> deviceMappings = new ArrayList<>();
        for (String b : blockDevices) {
            deviceMappings.add(BlockDevices.modern(b, inv::file));
        }
        Map<String, List<String>> hintValues = new LinkedHashMap<>();
        for (String h : hints) {
            Map<String, String> kv = KeyValues.parse("--hint", List.of(h));
            kv.forEach((k, v) -> hintValues.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }

        ComputeApi compute = inv.compute();
        ImageApi images = inv.image();

        String imageId = null;
        if (image != null) {
            imageId = images.findImage(image).path("id").asText();
        }
        if (imageId == null && imageProps != null) {
            imageId = matchImage(images, imageProps);
        }
        if (volume != null || snapshot != null) {
            if (bootFromVolume != null) {
                throw new CommandException((volume != null ? "--volume" : "--snapshot") + " is not allowed with --boot-from-volume");
            }
            // OSC looks the volume up in cinder (volumev3), which jos does not reach yet
            inv.requireService("volumev3");
            throw new CommandException("jos does not support booting from a volume or snapshot yet");
        }

        ObjectNode flavorObj = NovaFind.flavor(compute, flavor);

        if (!files.isEmpty() && compute.serverMicroversionAtLeast("2.57")) {
            throw new CommandException("Personality files are deprecated and are not supported for "
                    + "--os-compute-api-version greater than 2.56; use user data instead");
        }
        Map<String, byte[]> personality = new TreeMap<>();
        for (String f : files) {
            int eq = f.indexOf('=');
            if (eq < 0) {
                throw new CommandException("not enough values to unpack (expected 2, got 1)");
            }
            String src = f.substring(eq + 1);
            try {
                personality.put(f.substring(0, eq), Files.readAllBytes(inv.file(src)));
            } catch (IOException | java.nio.file.InvalidPathException e) {
                throw new CommandException("Can't open '" + src + "': " + PyErrors.ioError(e, src, inv::file));
            }
        }

        if (min > max) {
            throw new CommandException("min instances should be <= max instances");
        }
        if (min < 1) {
            throw new CommandException("min instances should be > 0");
        }
        if (max < 1) {
            throw new CommandException("max instances should be > 0");
        }

        String userDataB64 = null;
        if (userData != null) {
            String text = readUserData(inv, userData);
            userDataB64 = text.isEmpty() ? null : Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        if (description != null && !description.isEmpty() && !compute.serverMicroversionAtLeast("2.19")) {
            throw new CommandException("Description is not supported for --os-compute-api-version less than 2.19");
        }

        ArrayNode bdm = Json.array();
        if (bootFromVolume != null && bootFromVolume != 0) {
            ObjectNode root = bdm.addObject();
            root.put("uuid", imageId);
            root.put("boot_index", "0");
            root.put("source_type", "image");
            root.put("destination_type", "volume");
            root.put("volume_size", bootFromVolume);
            // when booting from a volume nova gets no image
            imageId = null;
        }
        if (swap != null && swap != 0) {
            ObjectNode s = bdm.addObject();
            s.put("boot_index", -1);
            s.put("source_type", "blank");
            s.put("destination_type", "local");
            s.put("guest_format", "swap");
            s.put("volume_size", swap);
            s.put("delete_on_termination", true);
        }
        for (Map<String, String> e : ephemeralSpecs) {
            ObjectNode m = bdm.addObject();
            m.put("boot_index", -1);
            m.put("source_type", "blank");
            m.put("destination_type", "local");
            m.put("delete_on_termination", true);
            m.put("volume_size", e.get("size"));
            if (e.containsKey("format")) {
                m.put("guest_format", e.get("format"));
            }
        }

        for (ObjectNode mapping : legacyMappings) {
            String source = mapping.path("source_type").asText();
            if (source.equals("volume") || source.equals("snapshot")) {
                // OSC looks volumes and snapshots up in cinder (volumev3), which jos does not reach yet
                inv.requireService("volumev3");
                throw new CommandException("jos does not support volumes or snapshots in --block-device-mapping yet");
            }
            mapping.put("uuid", images.findImage(mapping.path("uuid").asText()).path("id").asText());
            bdm.add(mapping);
        }
        for (ObjectNode mapping : deviceMappings) {
            bdm.add(checkedDevice(compute, mapping));
        }

        Object networks = networks(inv, compute, nicList);
        List<String> groupIds = new ArrayList<>();
        if (!securityGroups.isEmpty()) {
            NetworkApi network = inv.network();
            for (String sg : securityGroups) {
                // OSC sends the group's id as its "name", so duplicate names in neutron do not matter
                groupIds.add(network.findSecurityGroup(sg).path("id").asText());
            }
        }

        Object configDriveValue = configDriveValue();

        if (!tags.isEmpty() && !compute.serverMicroversionAtLeast("2.52")) {
            throw new CommandException("--os-compute-api-version 2.52 or greater is required to support the --tag option");
        }
        if (host != null && !host.isEmpty() && !compute.serverMicroversionAtLeast("2.74")) {
            throw new CommandException("--os-compute-api-version 2.74 or greater is required to support the --host option");
        }
        if (hypervisorHostname != null && !hypervisorHostname.isEmpty() && !compute.serverMicroversionAtLeast("2.74")) {
            throw new CommandException("--os-compute-api-version 2.74 or greater is required to support the --hypervisor-hostname option");
        }
        if (hostname != null && !hostname.isEmpty() && !compute.serverMicroversionAtLeast("2.90")) {
            throw new CommandException("--os-compute-api-version 2.90 or greater is required to support the --hostname option");
        }
        if (trustedImageCerts != null && !trustedImageCerts.isEmpty()) {
            if (imageId == null || (bootFromVolume != null && bootFromVolume != 0)) {
                throw new CommandException("--trusted-image-cert option is only supported for servers booted directly from images");
            }
            if (!compute.serverMicroversionAtLeast("2.63")) {
                throw new CommandException("--os-compute-api-version 2.63 or greater is required to support the --trusted-image-cert option");
            }
        }
        // novaclient's own check of the nics it is given
        if (networks instanceof String && !compute.serverMicroversionAtLeast("2.37")) {
            throw new CommandException("nics must be a list or a tuple, not <class 'str'>");
        }
        if (compute.serverMicroversionAtLeast("2.37") && networks instanceof List<?> l && l.isEmpty()) {
            throw new CommandException("nics are required after microversion 2.36");
        }

        ObjectNode body = body(imageId, flavorObj.path("id").asText(), userDataB64, meta, configDriveValue, groupIds,
                personality, bdm, networks, hintValues);
        ObjectNode created = compute.createServer(body);

        if (await) {
            String id = created.path("id").asText();
            if (ServerWait.forStatus(inv, () -> compute.getServer(id), "active")) {
                inv.progress("\n");
            } else {
                // OSC 6.0 logs this, prints the line below and exits 0 (a bug fixed later): jos exits 1
                inv.progress("Error creating server\n");
                throw new CommandException("Error creating server: " + name);
            }
        }
        return ServerDetail.record(compute, images, created, true);
    }

    /** OSC's checks and defaults for one --block-device mapping, in its order. */
    private static ObjectNode checkedDevice(ComputeApi compute, ObjectNode mapping) {
        if (mapping.has("boot_index")) {
            try {
                mapping.put("boot_index", Integer.parseInt(mapping.path("boot_index").asText().strip()));
            } catch (NumberFormatException e) {
                throw new CommandException("The boot_index key of --block-device should be an integer");
            }
        }
        if (mapping.has("tag") && !compute.serverMicroversionAtLeast("2.42")) {
            throw new CommandException("--os-compute-api-version 2.42 or greater is required to support the tag key of --block-device");
        }
        if (mapping.has("volume_type") && !compute.serverMicroversionAtLeast("2.67")) {
            throw new CommandException("--os-compute-api-version 2.67 or greater is required to support the volume_type key of --block-device");
        }
        if (mapping.has("source_type")) {
            if (!List.of("volume", "image", "snapshot", "blank").contains(mapping.path("source_type").asText())) {
                throw new CommandException("The source_type key of --block-device should be one of: volume, image, snapshot, blank");
            }
        } else {
            mapping.put("source_type", "blank");
        }
        if (mapping.has("destination_type")) {
            if (!List.of("local", "volume").contains(mapping.path("destination_type").asText())) {
                throw new CommandException("The destination_type key of --block-device should be one of: local, volume");
            }
        } else {
            mapping.put("destination_type", mapping.path("source_type").asText().equals("blank") ? "local" : "volume");
        }
        if (mapping.has("delete_on_termination")) {
            JsonNode v = mapping.get("delete_on_termination");
            Boolean b = v.isBoolean() ? Boolean.valueOf(v.asBoolean()) : BlockDevices.strictBool(v.asText());
            if (b == null) {
                throw new CommandException("The delete_on_termination key of --block-device should be a boolean-like value");
            }
            mapping.put("delete_on_termination", b);
        } else if (mapping.path("destination_type").asText().equals("local")) {
            mapping.put("delete_on_termination", true);
        }
        return mapping;
    }

    private Object configDriveValue() {
        if (useConfigDrive) {
            return Boolean.TRUE;
        }
        if (noConfigDrive || configDrive == null) {
            return null;
        }
        String lower = configDrive.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("true") || lower.equals("1")) {
            return Boolean.TRUE;
        }
        if (lower.equals("false") || lower.equals("0") || lower.isEmpty() || lower.equals("none")) {
            return null;
        }
        return configDrive;
    }

    /** The nics OSC hands novaclient: "auto"/"none", or each with its network and port looked up. */
    private static Object networks(Invocation inv, ComputeApi compute, List<Object> nicList) {
        if (nicList.contains("auto") || nicList.contains("none")) {
            if (nicList.size() > 1) {
                throw new CommandException("Specifying a --nic of auto or none cannot be used with any other --nic, --network or --port value.");
            }
            return nicList.get(0);
        }
        List<Map<String, String>> resolved = new ArrayList<>();
        for (Object o : nicList) {
            @SuppressWarnings("unchecked")
            Map<String, String> nic = new LinkedHashMap<>((Map<String, String>) o);
            if (nic.containsKey("tag") && !compute.serverMicroversionAtLeast("2.43")) {
                throw new CommandException("--os-compute-api-version 2.43 or greater is required to support the --nic tag field");
            }
            if (!nic.get("net-id").isEmpty()) {
                nic.put("net-id", inv.network().findNetwork(nic.get("net-id")).path("id").asText());
            }
            if (!nic.get("port-id").isEmpty()) {
                nic.put("port-id", inv.network().findPort(nic.get("port-id")).path("id").asText());
            }
            resolved.add(nic);
        }
        if (resolved.isEmpty()) {
            // from 2.37 nova needs a value: OSC asks for 'auto', the old default
            return compute.serverMicroversionAtLeast("2.37") ? "auto" : resolved;
        }
        return resolved;
    }

    /** novaclient's _boot body, key for key in its order. */
    /** The user data file as OSC's io.open reads it (text mode: UTF-8, universal newlines), or OSC's "Can't open" error. */
    static String readUserData(Invocation inv, String path) {
        try {
            return Files.readString(inv.file(path), StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new CommandException("Can't open '" + path + "': " + PyErrors.ioError(e, path, inv::file));
        }
    }

    private ObjectNode body(String imageId, String flavorId, String userDataB64, Map<String, String> meta, Object configDriveValue,
                            List<String> groupIds, Map<String, byte[]> personality, ArrayNode bdm, Object networks,
                            Map<String, List<String>> hintValues) {
        ObjectNode server = Json.object();
        server.put("name", name);
        server.put("imageRef", imageId == null ? "" : imageId);
        server.put("flavorRef", flavorId);
        if (userDataB64 != null) {
            server.put("user_data", userDataB64);
        }
        if (meta != null && !meta.isEmpty()) {
            ObjectNode m = server.putObject("metadata");
            meta.forEach(m::put);
        }
        if (keyName != null && !keyName.isEmpty()) {
            server.put("key_name", keyName);
        }
        if (configDriveValue instanceof Boolean b) {
            server.put("config_drive", b);
        } else if (configDriveValue instanceof String s) {
            server.put("config_drive", s);
        }
        if (password != null && !password.isEmpty()) {
            server.put("adminPass", password);
        }
        server.put("min_count", min);
        server.put("max_count", max);
        if (!groupIds.isEmpty()) {
            ArrayNode sgs = server.putArray("security_groups");
            groupIds.forEach(g -> sgs.addObject().put("name", g));
        }
        if (!personality.isEmpty()) {
            ArrayNode p = server.putArray("personality");
            personality.forEach((path, data) -> {
                ObjectNode f = p.addObject();
                f.put("path", path);
                f.put("contents", Base64.getEncoder().encodeToString(data));
            });
        }
        if (availabilityZone != null && !availabilityZone.isEmpty()) {
            server.put("availability_zone", availabilityZone);
        }
        if (!bdm.isEmpty()) {
            if (imageId != null) {
                // novaclient keeps an --image boot with other block devices valid (bug 1433609)
                ObjectNode root = Json.object();
                root.put("uuid", imageId);
                root.put("source_type", "image");
                root.put("destination_type", "local");
                root.put("boot_index", 0);
                root.put("delete_on_termination", true);
                bdm.insert(0, root);
            }
            server.set("block_device_mapping_v2", bdm);
        }
        if (networks instanceof String s) {
            server.put("networks", s);
        } else {
            ArrayNode all = server.putArray("networks");
            @SuppressWarnings("unchecked")
            List<Map<String, String>> list = (List<Map<String, String>>) networks;
            for (Map<String, String> nic : list) {
                ObjectNode n = all.addObject();
                if (!nic.get("net-id").isEmpty()) {
                    n.put("uuid", nic.get("net-id"));
                }
                String v4 = nic.get("v4-fixed-ip");
                String v6 = nic.get("v6-fixed-ip");
                if (!v4.isEmpty() && !v6.isEmpty()) {
                    throw new CommandException("Only one of 'v4-fixed-ip' and 'v6-fixed-ip' may be provided.");
                } else if (!v4.isEmpty()) {
                    n.put("fixed_ip", v4);
                } else if (!v6.isEmpty()) {
                    n.put("fixed_ip", v6);
                }
                if (!nic.get("port-id").isEmpty()) {
                    n.put("port", nic.get("port-id"));
                }
                if (nic.containsKey("tag") && !nic.get("tag").isEmpty()) {
                    n.put("tag", nic.get("tag"));
                }
            }
        }
        if (description != null && !description.isEmpty()) {
            server.put("description", description);
        }
        if (!tags.isEmpty()) {
            ArrayNode t = server.putArray("tags");
            tags.forEach(t::add);
        }
        if (trustedImageCerts != null && !trustedImageCerts.isEmpty()) {
            ArrayNode t = server.putArray("trusted_image_certificates");
            trustedImageCerts.forEach(t::add);
        }
        if (host != null && !host.isEmpty()) {
            server.put("host", host);
        }
        if (hypervisorHostname != null && !hypervisorHostname.isEmpty()) {
            server.put("hypervisor_hostname", hypervisorHostname);
        }
        if (hostname != null && !hostname.isEmpty()) {
            server.put("hostname", hostname);
        }
        ObjectNode body = Json.object();
        body.set("server", server);
        if (!hintValues.isEmpty()) {
            ObjectNode h = body.putObject("os:scheduler_hints");
            hintValues.forEach((k, v) -> {
                if (v.size() == 1) {
                    h.put(k, v.get(0));
                } else {
                    ArrayNode a = h.putArray(k);
                    v.forEach(a::add);
                }
            });
        }
        return body;
    }

    /**
     * --image-property: the first image whose attributes include every wanted key=value (string
     * values only can equal the typed strings). OSC 6.0 fails when several match: its warning
     * helper is called with one argument too many.
     */
    private static String matchImage(ImageApi images, Map<String, String> wanted) {
        List<ObjectNode> matched = new ArrayList<>();
        for (ObjectNode img : images.listImages()) {
            Map<String, String> attrs = new LinkedHashMap<>();
            img.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    attrs.put(sdkName(e.getKey()), e.getValue().asText());
                    attrs.put(e.getKey(), e.getValue().asText());
                }
            });
            if (wanted.entrySet().stream().allMatch(w -> w.getValue().equals(attrs.get(w.getKey())))) {
                matched.add(img);
            }
        }
        if (matched.size() > 1) {
            throw new CommandException("emit_duplicated_warning() takes 1 positional argument but 2 were given");
        }
        if (matched.isEmpty()) {
            throw new CommandException("No images match the property expected by --image-property");
        }
        return matched.get(0).path("id").asText();
    }

    /** openstacksdk's attribute name for a glance key it renames. */
    private static String sdkName(String key) {
        return switch (key) {
            case "os_hash_algo" -> "hash_algo";
            case "os_hash_value" -> "hash_value";
            case "owner" -> "owner_id";
            default -> key;
        };
    }

}
