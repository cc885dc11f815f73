package dev.jos.compute.server;

import static org.mockito.Mockito.mock;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.Invocation;
import dev.jos.compute.ComputeApi;
import dev.jos.http.ApiResponse;
import dev.jos.http.Headers;
import dev.jos.identity.IdentityApi;
import dev.jos.image.ImageApi;
import dev.jos.json.Json;
import dev.jos.network.NetworkApi;
import dev.jos.output.OutputOptions;
import dev.jos.output.OutputPrinter;
import dev.jos.output.Record;
import dev.jos.output.Table;
import dev.jos.session.ApiException;
import dev.jos.session.CommandException;
import dev.jos.session.NovaErrors;
import dev.jos.session.ServiceApis;

/** Mocked compute, image and network services handed to commands, with what the commands wrote. */
final class ServerFakes implements ServiceApis {
    final ComputeApi compute = mock(ComputeApi.class);
    final ImageApi image = mock(ImageApi.class);
    final NetworkApi network = mock(NetworkApi.class);
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final List<Long> sleeps = new ArrayList<>();
    final List<String> requiredServices = new ArrayList<>();
    final Map<String, String> env = new java.util.HashMap<>();

    Invocation inv() {
        return new Invocation(this, new PrintWriter(out, true), new PrintWriter(err, true), () -> false, sleeps::add, env::get);
    }

    @Override
    public IdentityApi identity() {
        throw new AssertionError("server commands do not use keystone");
    }

    @Override
    public ComputeApi compute() {
        return compute;
    }

    @Override
    public ImageApi image() {
        return image;
    }

    @Override
    public NetworkApi network() {
        return network;
    }

    @Override
    public void requireService(String serviceType) {
        requiredServices.add(serviceType);
        throw new CommandException("public endpoint for " + serviceType + " service in RegionOne region not found");
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) Json.parse(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** nova's 404 as novaclient words it. */
    static ApiException notFound(String message) {
        Headers h = Headers.of("Content-Type", "application/json", "x-compute-request-id", "req-1");
        return NovaErrors.fromResponse(new ApiResponse(404, "Not Found", h,
                ("{\"itemNotFound\": {\"code\": 404, \"message\": \"" + message + "\"}}").getBytes()), "http://nova/x");
    }

    static String table(Record r) {
        StringWriter w = new StringWriter();
        new OutputPrinter().printShow(r, OutputOptions.builder().build(), new PrintWriter(w));
        return w.toString();
    }

    static String table(Table t) {
        StringWriter w = new StringWriter();
        new OutputPrinter().printList(t, OutputOptions.builder().build(), new PrintWriter(w));
        return w.toString();
    }
}
