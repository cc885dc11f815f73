package dev.jos.compute.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ListCommand;
import dev.jos.cli.UsageException;
import dev.jos.compute.ComputeApi;
import dev.jos.image.ImageApi;
import dev.jos.output.DictColumn;
import dev.jos.output.DictListColumn;
import dev.jos.output.Table;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;

/**
 * OSC's ListServer (novaclient): nova's filters, one request unless --limit -1 asks for every
 * page, then the image and flavor names from one list of each (or one get per id).
 */
public class ServerList extends ListCommand {
    static final List<String> STATUSES = List.of("ACTIVE", "BUILD", "DELETED", "ERROR", "HARD_REBOOT", "MIGRATING", "PASSWORD",
            "PAUSED", "REBOOT", "REBUILD", "RESCUE", "RESIZE", "REVERT_RESIZE", "SHELVED", "SHELVED_OFFLOADED", "SHUTOFF",
            "SOFT_DELETED", "SUSPENDED", "VERIFY_RESIZE");

    @Option(names = "--reservation-id", paramLabel = "<reservation-id>", description = "Only return instances that match the reservation")
    String reservationId;
    @Option(names = "--ip", paramLabel = "<ip-address-regex>", description = "Regular expression to match IP addresses")
    String ip;
    @Option(names = "--ip6", paramLabel = "<ip-address-regex>", description = "Regular expression to match IPv6 addresses. Note that this option only applies for non-admin users when using ``--os-compute-api-version`` 2.5 or greater.")
    String ip6;
    @Option(names = "--name", paramLabel = "<name-regex>", description = "Regular expression to match names")
    String name;
    @Option(names = "--instance-name", paramLabel = "<server-name>", description = "Regular expression to match instance name (admin only)")
    String instanceName;
    @Option(names = "--status", paramLabel = "<status>", description = "Search by server status")
    String status;
    @Option(names = "--flavor", paramLabel = "<flavor>", description = "Search by flavor (name or ID)")
    String flavor;
    @Option(names = "--image", paramLabel = "<image>", description = "Search by image (name or ID)")
    String image;
    @Option(names = "--host", paramLabel = "<hostname>", description = "Search by hostname")
    String host;
    @Option(names = "--all-projects", description = "Include all projects (admin only) (can be specified using the ALL_PROJECTS envvar)")
    Boolean allProjects;
    @Option(names = "--project", paramLabel = "<project>", description = "Search by project (admin only) (name or ID)")
    String project;
    @Option(names = "--project-domain", paramLabel = "<project-domain>", description = "Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.")
    String projectDomain;
    @Option(names = "--user", paramLabel = "<user>", description = "Search by user (name or ID) (admin only before microversion 2.83)")
    String user;
    @Option(names = "--user-domain", paramLabel = "<user-domain>", description = "Domain the user belongs to (name or ID). This can be used in case collisions between user names exist.")
    String userDomain;
    @Option(names = "--deleted", description = "Only display deleted servers (admin only)")
    boolean deleted;
    @Option(names = "--availability-zone", paramLabel = "AVAILABILITY_ZONE", description = "Search by availability zone (admin only before microversion 2.83)")
    String availabilityZone;
    @Option(names = "--key-name", paramLabel = "KEY_NAME", description = "Search by keypair name (admin only before microversion 2.83)")
    String keyName;
    @Option(names = "--config-drive", description = "Only display servers with a config drive attached (admin only before microversion 2.83)")
    boolean configDrive;
    @Option(names = "--no-config-drive", description = "Only display servers without a config drive attached (admin only before microversion 2.83)")
    boolean noConfigDrive;
    @Option(names = "--progress", paramLabel = "PROGRESS", description = "Search by progress value (%%) (admin only before microversion 2.83)")
    String progress;
    @Option(names = "--vm-state", paramLabel = "<state>", description = "Search by vm_state value (admin only before microversion 2.83)")
    String vmState;
    @Option(names = "--task-state", paramLabel = "<state>", description = "Search by task_state value (admin only before microversion 2.83)")
    String taskState;
    @Option(names = "--power-state", paramLabel = "<state>", description = "Search by power_state value (admin only before microversion 2.83)")
    String powerState;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longListing;
    @Option(names = {"-n", "--no-name-lookup"}, description = "Skip flavor and image name lookup. Mutually exclusive with \"--name-lookup-one-by-one\" option.")
    boolean noNameLookup;
    @Option(names = "--name-lookup-one-by-one", description = "When looking up flavor and image names, look them upone by one as needed instead of all together (default). Mutually exclusive with \"--no-name-lookup|-n\" option.")
    boolean oneByOne;
    @Option(names = "--marker", paramLabel = "<server>", description = "The last server of the previous page. Display list of servers after marker. Display all servers if not specified. When used with ``--deleted``, the marker must be an ID, otherwise a name or ID can be used.")
    String marker;
    @Option(names = "--limit", paramLabel = "<num-servers>", description = "Maximum number of servers to display. If limit equals -1, all servers will be displayed. If limit is greater than 'osapi_max_limit' option of Nova API, 'osapi_max_limit' will be used instead.")
    Integer limit;
    @Option(names = "--changes-before", paramLabel = "<changes-before>", description = "List only servers changed before a certain point of time. The provided time should be an ISO 8061 formatted time (e.g., 2016-03-05T06:27:59Z). (supported by --os-compute-api-version 2.66 or above)")
    String changesBefore;
    @Option(names = "--changes-since", paramLabel = "<changes-since>", description = "List only servers changed after a certain point of time. The provided time should be an ISO 8061 formatted time (e.g., 2016-03-04T06:27:59Z).")
    String changesSince;
    @Option(names = "--locked", description = "Only display locked servers (supported by --os-compute-api-version 2.73 or above)")
    boolean locked;
    @Option(names = "--unlocked", description = "Only display unlocked servers (supported by --os-compute-api-version 2.73 or above)")
    boolean unlocked;
    @Option(names = "--tags", paramLabel = "<tag>", description = "Only list servers with the specified tag. Specify multiple times to filter on multiple tags. (supported by --os-compute-api-version 2.26 or above)")
    List<String> tags = new ArrayList<>();
    @Option(names = "--not-tags", paramLabel = "<tag>", description = "Only list servers without the specified tag. Specify multiple times to filter on multiple tags. (supported by --os-compute-api-version 2.26 or above)")
    List<String> notTags = new ArrayList<>();

    static final List<String> VM_STATES = List.of("active", "building", "deleted", "error", "paused", "stopped", "suspended",
            "rescued", "resized", "shelved", "shelved_offloaded", "soft-delete");
    static final List<String> TASK_STATES = List.of("block_device_mapping", "deleting", "image_backup", "image_pending_upload",
            "image_snapshot", "image_snapshot_pending", "image_uploading", "migrating", "networking", "pausing", "powering-off",
            "powering-on", "rebooting", "reboot_pending", "reboot_started", "reboot_pending_hard", "reboot_started_hard",
            "rebooting_hard", "rebuilding", "rebuild_block_device_mapping", "rebuild_spawning", "rescuing", "resize_confirming",
            "resize_finish", "resize_migrated", "resize_migrating", "resize_prep", "resize_reverting", "restoring", "resuming",
            "scheduling", "shelving", "shelving_image_pending_upload", "shelving_image_uploading", "shelving_offloading",
            "soft-deleting", "spawning", "suspending", "updating_password", "unpausing", "unrescuing", "unshelving");
    /** nova's InstancePowerState numbers for --power-state. */
    static final Map<String, Integer> POWER_STATES = new LinkedHashMap<>();

    static {
        POWER_STATES.put("pending", 0);
        POWER_STATES.put("running", 1);
        POWER_STATES.put("paused", 3);
        POWER_STATES.put("shutdown", 4);
        POWER_STATES.put("crashed", 6);
        POWER_STATES.put("suspended", 7);
    }

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--no-name-lookup", "--name-lookup-one-by-one"), List.of("--config-drive", "--no-config-drive"),
                List.of("--locked", "--unlocked"));
    }

    @Override
    protected Table list(Invocation inv) {
        checkChoice("--status", status, STATUSES);
        checkChoice("--vm-state", vmState, VM_STATES);
        checkChoice("--task-state", taskState, TASK_STATES);
        checkChoice("--power-state", powerState, List.copyOf(POWER_STATES.keySet()));
        Integer progressValue = progress == null ? null : percent(progress);
        boolean all = AllProjects.effective(allProjects, inv);
        String projectId = null;
        if (project != null) {
            projectId = inv.identityFinder().findOrAssume(dev.jos.identity.IdentityKind.PROJECT, project, projectDomain)
                    .path("id").asText();
            all = true;
        }
        String userId = user == null ? null
                : inv.identityFinder().findOrAssume(dev.jos.identity.IdentityKind.USER, user, userDomain).path("id").asText();
        ComputeApi compute = inv.compute();
        String flavorId = flavor == null ? null : NovaFind.flavor(compute, flavor).path("id").asText();
        ImageApi images = inv.image();
        String imageId = image == null ? null : images.findImage(image).path("id").asText();

        // novaclient sends the truthy search options, keys sorted
        Map<String, String> query = new java.util.TreeMap<>();
        put(query, "reservation_id", reservationId);
        put(query, "ip", ip);
        put(query, "ip6", ip6);
        put(query, "name", name);
        put(query, "instance_name", instanceName);
        put(query, "status", status);
        put(query, "flavor", flavorId);
        put(query, "image", imageId);
        put(query, "host", host);
        put(query, "tenant_id", projectId);
        put(query, "user_id", userId);
        if (all) {
            query.put("all_tenants", "True");
        }
        if (deleted) {
            query.put("deleted", "True");
        }
        put(query, "changes-since", changesSince);
        put(query, "availability_zone", availabilityZone);
        put(query, "key_name", keyName);
        put(query, "changes-before", changesBefore);
        if (configDrive || noConfigDrive) {
            query.put("config_drive", configDrive ? "True" : "False");
        }
        if (progressValue != null && progressValue != 0) {
            query.put("progress", String.valueOf(progressValue));
        }
        put(query, "vm_state", vmState);
        put(query, "task_state", taskState);
        if (powerState != null && POWER_STATES.get(powerState) != 0) {
            // novaclient drops falsy values: 'pending' (0) filters nothing
            query.put("power_state", String.valueOf(POWER_STATES.get(powerState)));
        }
        if (!tags.isEmpty()) {
            requireVersion(compute, "2.26", "--os-compute-api-version 2.26 or greater is required to support the --tag option");
            query.put("tags", String.join(",", tags));
        }
        if (!notTags.isEmpty()) {
            requireVersion(compute, "2.26", "--os-compute-api-version 2.26 or greater is required to support the --not-tag option");
            query.put("not-tags", String.join(",", notTags));
        }
        if (locked || unlocked) {
            requireVersion(compute, "2.73", "--os-compute-api-version 2.73 or greater is required to support the --"
                    + (locked ? "locked" : "unlocked") + " option");
            query.put("locked", locked ? "True" : "False");
        }
        if (changesBefore != null && !changesBefore.isEmpty()) {
            requireVersion(compute, "2.66", "--os-compute-api-version 2.66 or later is required");
            if (!Iso8601.valid(changesBefore)) {
                throw new CommandException("Invalid changes-before value: " + changesBefore);
            }
        }
        if (changesSince != null && !changesSince.isEmpty() && !Iso8601.valid(changesSince)) {
            throw new CommandException("Invalid changes-since value: " + changesSince);
        }

        if (marker != null) {
            // with --deleted the marker must be an id: find_resource cannot see deleted servers
            query.put("marker", deleted ? marker : NovaFind.server(compute, marker).path("id").asText());
        }
        if (limit != null && limit != 0 && limit != -1) {
            query.put("limit", String.valueOf(limit));
        }
        List<ObjectNode> data = new ArrayList<>();
        while (true) {
            ComputeApi.ServerPage page = compute.listServers(true, new java.util.TreeMap<>(query));
            data.addAll(page.servers());
            // novaclient reads one page unless --limit -1; jos then follows servers_links
            if (limit == null || limit != -1 || page.servers().isEmpty() || page.nextMarker() == null) {
                break;
            }
            query.put("marker", page.nextMarker());
        }

        Map<String, String> imageNames = new HashMap<>();
        Map<String, String> flavorNames = new HashMap<>();
        if (!data.isEmpty() && !noNameLookup) {
            if (oneByOne || imageId != null) {
                for (String id : ids(data, "image")) {
                    try {
                        imageNames.put(id, text(images.getImage(id).get("name")));
                    } catch (CommandException e) {
                        // "Image Name" is not crucial: OSC swallows the failure
                    }
                }
            } else {
                try {
                    images.listImages().forEach(i -> imageNames.put(i.path("id").asText(), text(i.get("name"))));
                } catch (CommandException e) {
                    // as OSC: no names then
                }
            }
            if (oneByOne || flavorId != null) {
                for (String id : ids(data, "flavor")) {
                    try {
                        flavorNames.put(id, text(compute.novaFlavor(id).get("name")));
                    } catch (CommandException e) {
                        // "Flavor Name" is not crucial: OSC swallows the failure
                    }
                }
            } else {
                try {
                    compute.novaFlavors(true, null).forEach(f -> flavorNames.put(f.path("id").asText(), text(f.get("name"))));
                } catch (CommandException e) {
                    // as OSC: no names then
                }
            }
        }

        boolean embeddedFlavor = compute.serverMicroversionAtLeast("2.47");
        List<String> headers = new ArrayList<>(List.of("ID", "Name", "Status"));
        if (longListing) {
            headers.addAll(List.of("Task State", "Power State"));
        }
        headers.add("Networks");
        if (longListing) {
            headers.addAll(List.of("Image Name", "Image ID"));
        } else {
            headers.add("Image");
        }
        if (embeddedFlavor) {
            headers.add("Flavor");
        } else if (longListing) {
            headers.addAll(List.of("Flavor Name", "Flavor ID"));
        } else {
            headers.add("Flavor");
        }
        if (longListing) {
            headers.addAll(List.of("Availability Zone", "Host", "Properties"));
        }
        // OSC adds a column for some -c names that its default columns lack (its "additional columns")
        List<String> extra = new ArrayList<>();
        for (String c : formatOptions.columns()) {
            String column = EXTRA_COLUMNS.get(c);
            if (column != null) {
                extra.add(column);
                headers.add(EXTRA_HEADERS.get(column));
            }
        }
        boolean hostStatus = longListing && compute.serverMicroversionAtLeast("2.16")
                && data.stream().anyMatch(s -> s.has("host_status"));
        if (hostStatus) {
            headers.add("Host Status");
        }

        List<List<Object>> rows = new ArrayList<>();
        for (ObjectNode s : data) {
            Map<String, Object> attrs = attributes(s, imageNames, flavorNames, embeddedFlavor, compute);
            List<Object> row = new ArrayList<>();
            row.add(attr(s, "id"));
            row.add(attr(s, "name"));
            row.add(attr(s, "status"));
            if (longListing) {
                row.add(attr(s, "OS-EXT-STS:task_state"));
                row.add(s.has("OS-EXT-STS:power_state") ? new PowerStateColumn(JsonRows.value(s.get("OS-EXT-STS:power_state"))) : "");
            }
            row.add(new DictListColumn(ServerDetail.networks(s)));
            if (longListing) {
                row.add(attrs.getOrDefault("image_name", ""));
                row.add(attrs.getOrDefault("image_id", ""));
            } else {
                row.add(attrs.getOrDefault(noNameLookup ? "image_id" : "image_name", ""));
            }
            if (embeddedFlavor) {
                row.add(attrs.getOrDefault("flavor_name", ""));
            } else if (longListing) {
                row.add(attrs.getOrDefault("flavor_name", ""));
                row.add(attrs.getOrDefault("flavor_id", ""));
            } else {
                row.add(attrs.getOrDefault(noNameLookup ? "flavor_id" : "flavor_name", ""));
            }
            if (longListing) {
                row.add(attr(s, "OS-EXT-AZ:availability_zone"));
                row.add(attr(s, "OS-EXT-SRV-ATTR:host"));
                Object md = JsonRows.value(s.get("metadata"));
                row.add(s.has("metadata") ? new DictColumn(md instanceof Map<?, ?> m ? m : null) : "");
            }
            for (String column : extra) {
                row.add(extraValue(s, column, attrs));
            }
            if (hostStatus) {
                row.add(attr(s, "host_status"));
            }
            rows.add(row);
        }
        return new Table(headers, rows);
    }

    /** The -c names OSC's ListServer turns into extra columns, and the attribute each shows. */
    static final Map<String, String> EXTRA_COLUMNS = Map.ofEntries(
            Map.entry("Project ID", "tenant_id"), Map.entry("project_id", "tenant_id"),
            Map.entry("User ID", "user_id"), Map.entry("user_id", "user_id"),
            Map.entry("Created At", "created"), Map.entry("created_at", "created"),
            Map.entry("Security Groups", "security_groups_name"), Map.entry("security_groups", "security_groups_name"),
            Map.entry("Task State", "OS-EXT-STS:task_state"), Map.entry("task_state", "OS-EXT-STS:task_state"),
            Map.entry("Power State", "OS-EXT-STS:power_state"), Map.entry("power_state", "OS-EXT-STS:power_state"),
            Map.entry("Image ID", "Image ID"), Map.entry("image_id", "Image ID"),
            Map.entry("Flavor ID", "Flavor ID"), Map.entry("flavor_id", "Flavor ID"),
            Map.entry("Availability Zone", "OS-EXT-AZ:availability_zone"), Map.entry("availability_zone", "OS-EXT-AZ:availability_zone"),
            Map.entry("Host", "OS-EXT-SRV-ATTR:host"), Map.entry("host", "OS-EXT-SRV-ATTR:host"),
            Map.entry("Properties", "Metadata"), Map.entry("properties", "Metadata"));
    static final Map<String, String> EXTRA_HEADERS = Map.ofEntries(Map.entry("tenant_id", "Project ID"),
            Map.entry("user_id", "User ID"), Map.entry("created", "Created At"), Map.entry("security_groups_name", "Security Groups"),
            Map.entry("OS-EXT-STS:task_state", "Task State"), Map.entry("OS-EXT-STS:power_state", "Power State"),
            Map.entry("Image ID", "Image ID"), Map.entry("Flavor ID", "Flavor ID"),
            Map.entry("OS-EXT-AZ:availability_zone", "Availability Zone"), Map.entry("OS-EXT-SRV-ATTR:host", "Host"),
            Map.entry("Metadata", "Properties"));

    /** get_item_properties for an extra column: only power state and security groups have formatters there. */
    private static Object extraValue(ObjectNode s, String column, Map<String, Object> attrs) {
        switch (column) {
            case "OS-EXT-STS:power_state":
                return s.has(column) ? new PowerStateColumn(JsonRows.value(s.get(column))) : "";
            case "security_groups_name": {
                List<Object> names = new ArrayList<>();
                s.path("security_groups").forEach(g -> names.add(JsonRows.value(g.get("name"))));
                return new dev.jos.output.ListColumn(names);
            }
            case "Image ID":
                return attrs.getOrDefault("image_id", "");
            case "Flavor ID":
                return attrs.getOrDefault("flavor_id", "");
            case "Metadata":
                // the attribute is 'metadata', but the formatter is keyed by 'metadata', not 'Metadata': raw dict
                return s.has("metadata") ? JsonRows.value(s.get("metadata")) : "";
            default:
                return attr(s, column);
        }
    }

    private static void requireVersion(ComputeApi compute, String version, String message) {
        if (!compute.serverMicroversionAtLeast(version)) {
            throw new CommandException(message);
        }
    }

    /** argparse's choices check, with its message. */
    private static void checkChoice(String option, String value, List<String> choices) {
        if (value != null && !choices.contains(value)) {
            StringBuilder list = new StringBuilder();
            for (String c : choices) {
                list.append(list.length() == 0 ? "" : ", ").append('\'').append(c).append('\'');
            }
            throw new UsageException("argument " + option + ": invalid choice: '" + value + "' (choose from " + list + ")");
        }
    }

    /** OSC's percent_type: an int from 1 to 100. */
    private static int percent(String text) {
        int x;
        try {
            x = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("argument --progress: invalid percent_type value: '" + text + "'");
        }
        if (x <= 0 || x > 100) {
            throw new UsageException("argument --progress: Must be between 0 and 100");
        }
        return x;
    }

    /** The image_name, image_id, flavor_name and flavor_id OSC sets on each server. */
    private static Map<String, Object> attributes(ObjectNode s, Map<String, String> imageNames, Map<String, String> flavorNames,
                                                  boolean embeddedFlavor, ComputeApi compute) {
        Map<String, Object> a = new LinkedHashMap<>();
        if (compute.serverMicroversionAtLeast("2.69") && (!s.has("image") || !s.has("flavor"))) {
            return a;
        }
        JsonNode img = s.get("image");
        if (img != null && img.isObject() && img.has("id")) {
            String id = img.path("id").asText();
            if (imageNames.containsKey(id)) {
                a.put("image_name", imageNames.get(id));
            }
            a.put("image_id", id);
        } else {
            a.put("image_name", ServerDetail.IMAGE_FOR_BFV);
            a.put("image_id", ServerDetail.IMAGE_FOR_BFV);
        }
        JsonNode fl = s.get("flavor");
        if (!embeddedFlavor) {
            String id = fl == null ? "" : fl.path("id").asText();
            if (flavorNames.containsKey(id)) {
                a.put("flavor_name", flavorNames.get(id));
            }
            a.put("flavor_id", id);
        } else {
            a.put("flavor_name", fl == null ? null : JsonRows.value(fl.get("original_name")));
        }
        return a;
    }

    private static Set<String> ids(List<ObjectNode> data, String key) {
        Set<String> ids = new LinkedHashSet<>();
        for (ObjectNode s : data) {
            JsonNode n = s.get(key);
            if (n != null && n.isObject() && n.hasNonNull("id") && !n.path("id").asText().isEmpty()) {
                ids.add(n.path("id").asText());
            }
        }
        return ids;
    }

    private static Object attr(ObjectNode s, String key) {
        return s.has(key) ? JsonRows.value(s.get(key)) : "";
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static void put(Map<String, String> query, String key, String value) {
        if (value != null && !value.isEmpty()) {
            query.put(key, value);
        }
    }
}
