package dev.jos.network;

/**
 * The neutron resources jos's network commands handle: openstacksdk's class name (its
 * messages say "No Network found for x"), the JSON key of one and of a list, and the path.
 */
public enum Neutron {
    NETWORK("Network", "network", "networks", "networks"),
    SUBNET("Subnet", "subnet", "subnets", "subnets"),
    SUBNET_POOL("SubnetPool", "subnetpool", "subnetpools", "subnetpools"),
    SEGMENT("Segment", "segment", "segments", "segments"),
    QOS_POLICY("QoSPolicy", "policy", "policies", "qos/policies"),
    SECURITY_GROUP("SecurityGroup", "security_group", "security_groups", "security-groups"),
    SECURITY_GROUP_RULE("SecurityGroupRule", "security_group_rule", "security_group_rules", "security-group-rules", false),
    ADDRESS_GROUP("AddressGroup", "address_group", "address_groups", "address-groups"),
    FLOATING_IP("FloatingIP", "floatingip", "floatingips", "floatingips", false),
    AGENT("Agent", "agent", "agents", "agents", false),
    PORT("Port", "port", "ports", "ports"),
    ROUTER("Router", "router", "routers", "routers"),
    EXTENSION("Extension", "extension", "extensions", "extensions");

    private final String sdkName;
    private final String key;
    private final String listKey;
    private final String path;

    /** Whether the SDK's query mapping has "name": a find then lists by name after the GET by id misses. */
    private final boolean namedQuery;

    Neutron(String sdkName, String key, String listKey, String path) {
        this(sdkName, key, listKey, path, true);
    }

    Neutron(String sdkName, String key, String listKey, String path, boolean namedQuery) {
        this.namedQuery = namedQuery;
        this.sdkName = sdkName;
        this.key = key;
        this.listKey = listKey;
        this.path = path;
    }

    public String sdkName() {
        return sdkName;
    }

    public String key() {
        return key;
    }

    public String listKey() {
        return listKey;
    }

    public boolean namedQuery() {
        return namedQuery;
    }

    /**
     * The SDK's name_attribute, which find matches besides the id. A floating IP's is its
     * address, and its query mapping has no name: find lists every one and compares addresses.
     */
    public String nameAttribute() {
        return this == FLOATING_IP ? "floating_ip_address" : "name";
    }

    public String path() {
        return path;
    }
}
