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
    @Option(names = "--deleted", description = "Only display deleted servers (admin only)")
    boolean deleted;
    @Option(names = "--availability-zone", paramLabel = "AVAILABILITY_ZONE", description = "Search by availability zone (admin only before microversion 2.83)")
    String availabilityZone;
    @Option(names = "--key-name", paramLabel = "KEY_NAME", description = "Search by keypair name (admin only before microversion 2.83)")
    String keyName;
    @Option(names = "--long", description = "List additional fields in output")
    boolean longListing;
    @Option(names = {"-n", "--no-name-lookup"}, description = "Skip flavor and image name lookup. Mutually exclusive with \"--name-lookup-one-by-one\" option.")
    boolean noNameLookup;
    @Option(names = "--name-lookup-one-by-one", description = "When looking up flavor and image names, look them up one by one as needed instead of all together (default). Mutually exclusive with \"--no-name-lookup|-n\" option.")
    boolean oneByOne;
    @Option(names = "--marker", paramLabel = "<server>", description = "The last server of the previous page. Display list of servers after marker. Display all servers if not specified. When used with ``--deleted``, the marker must be an ID, otherwise a name or ID can be used.")
    String marker;
    @Option(names = "--limit", paramLabel = "<num-servers>", description = "Maximum number of servers to display. If limit equals -1, all servers will be displayed. If limit is greater than 'osapi_max_limit' option of Nova API, 'osapi_max_limit' will be used instead.")
    Integer limit;
    @Option(names = "--changes-since", paramLabel = "<changes-since>", description = "List only servers changed later or equal to a certain point of time. The provided time should be an ISO 8061 formatted time, e.g. ``2016-03-04T06:27:59Z``.")
    String changesSince;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--no-name-lookup", "--name-lookup-one-by-one"));
    }

    @Override
    protected Table list(Invocation inv) {
        if (status != null && !STATUSES.contains(status)) {
            StringBuilder choices = new StringBuilder();
            for (String s : STATUSES) {
                choices.append(choices.length() == 0 ? "" : ", ").append('\'').append(s).append('\'');
            }
            throw new UsageException("argument --status: invalid choice: '" + status + "' (choose from " + choices + ")");
        }
        ComputeApi compute = inv.compute();
        String flavorId = flavor == null ? null : NovaFind.flavor(compute, flavor).path("id").asText();
        ImageApi images = inv.image();
        String imageId = image == null ? null : images.findImage(image).path("id").asText();
        boolean all = AllProjects.effective(allProjects, inv);

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
        if (all) {
            query.put("all_tenants", "True");
        }
        if (deleted) {
            query.put("deleted", "True");
        }
        put(query, "changes-since", changesSince);
        put(query, "availability_zone", availabilityZone);
        put(query, "key_name", keyName);
        if (changesSince != null && !changesSince.isEmpty() && !Iso8601.valid(changesSince)) {
            throw new CommandException("Invalid changes-since value: " + changesSince);
        }

        if (marker != null) {
            // with --deleted the marker must be an id: find_resource cannot see deleted servers
            query.put("marker", deleted ? marker : NovaFind.server(compute, marker, false).path("id").asText());
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
            if (hostStatus) {
                row.add(attr(s, "host_status"));
            }
            rows.add(row);
        }
        return new Table(headers, rows);
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
