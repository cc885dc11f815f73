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
}
