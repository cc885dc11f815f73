package dev.jos.session;

import dev.jos.compute.ComputeApi;
import dev.jos.identity.IdentityApi;
import dev.jos.image.ImageApi;
import dev.jos.network.NetworkApi;

/**
 * The services a command test hands a command: fakes or mocks of the ones it should use; a
 * service the test gave none of fails the test when the command asks for it.
 */
public record FakeApis(IdentityApi identity, ComputeApi compute, ImageApi image, NetworkApi network)
        implements ServiceApis {

    public static FakeApis of(IdentityApi identity, ComputeApi compute) {
        return new FakeApis(identity, compute, null, null);
    }

    private static <T> T given(T api, String name) {
        if (api == null) {
            throw new AssertionError("the command asked for the " + name + " service, which this test gave none of");
        }
        return api;
    }

    @Override
    public IdentityApi identity() {
        return given(identity, "identity");
    }

    @Override
    public ComputeApi compute() {
        return given(compute, "compute");
    }

    @Override
    public ImageApi image() {
        return given(image, "image");
    }

    @Override
    public NetworkApi network() {
        return given(network, "network");
    }

    @Override
    public void requireService(String serviceType) {
        // fakes stand for a cloud that has every service the test gave
    }
}
