package dev.jos.network.network;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.network.NetworkApi;
import dev.jos.network.Neutron;
import dev.jos.network.SdkValues;

/** The part of OSC's _get_attrs_network that create and set share, in its order. */
final class NetworkAttrs {
    private NetworkAttrs() {
    }

    static void common(NetworkApi api, ObjectNode attrs, String description, String mtu, boolean external,
                       boolean internal, boolean isDefault, boolean noDefault, String networkType, String physicalNetwork,
                       String segmentationId, String qosPolicy, boolean noQosPolicy, String dnsDomain) {
        if (description != null && !description.isEmpty()) {
            attrs.put("description", description);
        }
        if (mtu != null && !mtu.isEmpty()) {
            // the SDK's Body(type=int): Python's int() before anything is sent
            attrs.put("mtu", SdkValues.pythonInt(mtu));
        }
        if (internal) {
            attrs.put("router:external", false);
        }
        if (external) {
            attrs.put("router:external", true);
        }
        if (noDefault) {
            attrs.put("is_default", false);
        }
        if (isDefault) {
            attrs.put("is_default", true);
        }
        if (networkType != null && !networkType.isEmpty()) {
            attrs.put("provider:network_type", networkType);
        }
        if (physicalNetwork != null && !physicalNetwork.isEmpty()) {
            attrs.put("provider:physical_network", physicalNetwork);
        }
        if (segmentationId != null && !segmentationId.isEmpty()) {
            attrs.put("provider:segmentation_id", segmentationId);
        }
        if (qosPolicy != null) {
            attrs.put("qos_policy_id", api.find(Neutron.QOS_POLICY, qosPolicy).path("id").asText());
        }
        if (noQosPolicy) {
            attrs.putNull("qos_policy_id");
        }
        if (dnsDomain != null && !dnsDomain.isEmpty()) {
            attrs.put("dns_domain", dnsDomain);
        }
    }
}
