package dev.jos.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.cli.JsonRows;
import dev.jos.cli.ShowCommand;
import dev.jos.identity.IdentityKind;
import dev.jos.output.Record;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * OSC's ShowQuota: nova's quota set (or class, or defaults), then neutron's quota as openstacksdk
 * reads it (its attribute names, None values left out, its location), merged, renamed to OSC's
 * words and sorted. The project is the one given (found in keystone) or the token's. jos speaks
 * no cinder, so the volume quotas are those of a cloud without block storage: none.
 */
public class QuotaShow extends ShowCommand {
    /** COMPUTE_QUOTAS, NOVA_NETWORK_QUOTAS and NETWORK_QUOTAS of openstackclient.common.quota, in its order. */
    private static final List<String[]> RENAMES = List.of(
            new String[] {"fixed_ips", "fixed-ips"}, new String[] {"injected_file_content_bytes", "injected-file-size"},
            new String[] {"injected_file_path_bytes", "injected-path-size"}, new String[] {"injected_files", "injected-files"},
            new String[] {"key_pairs", "key-pairs"}, new String[] {"metadata_items", "properties"},
            new String[] {"server_groups", "server-groups"}, new String[] {"server_group_members", "server-group-members"},
            new String[] {"floating_ips", "floating-ips"}, new String[] {"security_group_rules", "secgroup-rules"},
            new String[] {"security_groups", "secgroups"},
            new String[] {"backup_gigabytes", "backup-gigabytes"}, new String[] {"per_volume_gigabytes", "per-volume-gigabytes"},
            new String[] {"floatingip", "floating-ips"}, new String[] {"security_group_rule", "secgroup-rules"},
            new String[] {"security_group", "secgroups"}, new String[] {"network", "networks"},
            new String[] {"subnet", "subnets"}, new String[] {"port", "ports"}, new String[] {"router", "routers"},
            new String[] {"rbac_policy", "rbac-policies"}, new String[] {"subnetpool", "subnetpools"});

    /** openstacksdk's network Quota attributes: neutron's key to the SDK's name. */
    private static final Map<String, String> SDK_NAMES = Map.ofEntries(
            Map.entry("check_limit", "check_limit"), Map.entry("floatingip", "floating_ips"),
            Map.entry("healthmonitor", "health_monitors"), Map.entry("listener", "listeners"),
            Map.entry("loadbalancer", "load_balancers"), Map.entry("l7policy", "l7_policies"),
            Map.entry("network", "networks"), Map.entry("pool", "pools"), Map.entry("port", "ports"),
            Map.entry("rbac_policy", "rbac_policies"), Map.entry("router", "routers"), Map.entry("subnet", "subnets"),
            Map.entry("subnetpool", "subnet_pools"), Map.entry("security_group_rule", "security_group_rules"),
            Map.entry("security_group", "security_groups"));

    @Parameters(paramLabel = "<project/class>", arity = "0..1", description = "Show quotas for this project or class (name or ID)")
    String project;
    @Option(names = "--class", description = "Show quotas for <class>")
    boolean quotaClass;
    @Option(names = "--default", description = "Show default quotas for <project>")
    boolean defaults;

    @Override
    public List<List<String>> exclusiveOptions() {
        return List.of(List.of("--class", "--default"));
    }

    /** BaseQuota._get_project: the project given, found as osc_lib finds one, else the token's. */
    private String[] project(Invocation inv) {
        if (project != null) {
            ObjectNode p = inv.identityFinder().find(IdentityKind.PROJECT, project);
            return new String[] {p.path("id").asText(null), p.path("name").asText(null)};
        }
        com.fasterxml.jackson.databind.JsonNode p = inv.identity().token().body().path("project");
        return new String[] {p.path("id").asText(null), p.path("name").asText(null)};
    }

    @Override
    protected Record show(Invocation inv) {
        Map<String, Object> info = new LinkedHashMap<>();
        String[] projectInfo = null;
        ObjectNode compute;
        if (quotaClass) {
            compute = inv.compute().computeQuotaClass(project);
        } else {
            projectInfo = project(inv);
            compute = inv.compute().computeQuotas(projectInfo[0], defaults, false);
        }
        compute.fields().forEachRemaining(e -> info.put(e.getKey(), JsonRows.value(e.getValue())));
        if (!quotaClass) {
            ObjectNode net = inv.network().quota(projectInfo[0], defaults);
            // Quota.to_dict without its None values: the SDK's names, the project as id (not for the defaults), the location
            if (!defaults && projectInfo[0] != null) {
                info.put("id", projectInfo[0]);
                info.put("project_id", projectInfo[0]);
            }
            net.fields().forEachRemaining(e -> {
                String name = SDK_NAMES.get(e.getKey());
                Object v = JsonRows.value(e.getValue());
                if (name != null && v != null) {
                    info.put(name, v);
                }
            });
            info.put("location", inv.sdkLocation());
        }
        for (String[] r : RENAMES) {
            if (info.get(r[0]) != null) {
                info.put(r[1], info.remove(r[0]));
            }
        }
        if (info.containsKey("id")) {
            info.put("project", info.remove("id"));
            info.remove("project_id");
            info.put("project_name", (projectInfo != null ? projectInfo : project(inv))[1]);
        }
        return Record.fromMap(new TreeMap<>(info));
    }
}
