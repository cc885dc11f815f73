package dev.jos.session;

import dev.jos.compute.ComputeApi;
import dev.jos.identity.IdentityApi;

/**
 * The cloud's services as commands see them: narrow jos-owned interfaces, each built on first
 * use, so a command that fails early never logs in and `--help` never builds a client. The
 * real ones come from {@link CloudApis}; tests hand commands fakes.
 */
public interface ServiceApis {
    IdentityApi identity();

    ComputeApi compute();
}
