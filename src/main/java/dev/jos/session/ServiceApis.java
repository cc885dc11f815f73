package dev.jos.session;

import dev.jos.compute.ComputeApi;
import dev.jos.identity.IdentityApi;
import dev.jos.image.ImageApi;
import dev.jos.network.NetworkApi;

/**
 * The cloud's services as commands see them: narrow jos-owned interfaces, each built on first
 * use, so a command that fails early never logs in and `--help` never builds a client. The
 * real ones come from {@link CloudApis}; tests hand commands fakes.
 */
public interface ServiceApis {
    IdentityApi identity();

    ComputeApi compute();

    // services the server commands need besides nova

    ImageApi image();

    NetworkApi network();

    /** Fails as keystoneauth does when the catalog has no endpoint of this type (e.g. no cinder). */
    void requireService(String serviceType);

    /**
     * openstacksdk's current_location, which its resources carry as "location": the cloud's name,
     * its region, no zone, and the token's project with the name and domain the settings gave.
     */
    default dev.jos.output.Munch sdkLocation() {
        throw new UnsupportedOperationException("no cloud settings here");
    }
}
