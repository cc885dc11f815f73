package dev.jos.network;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Neutron as the server commands need it (OSC 6.0 reaches it through openstacksdk's network
 * proxy), as raw JSON. Each find is openstacksdk's find(ignore_missing=False): a miss is
 * "No Network found for x", two matches "More than one Network exists with the name 'x'.".
 * Tests fake this.
 */
public interface NetworkApi {

    ObjectNode findNetwork(String nameOrId);

    ObjectNode findSecurityGroup(String nameOrId);

    ObjectNode findPort(String nameOrId);
}
