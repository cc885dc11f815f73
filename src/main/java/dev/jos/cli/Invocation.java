package dev.jos.cli;

import java.io.PrintWriter;

import dev.jos.compute.ComputeApi;
import dev.jos.identity.IdentityApi;
import dev.jos.identity.IdentityFinder;
import dev.jos.session.CommandException;
import dev.jos.session.ServiceApis;

/**
 * What a running command may use: the cloud's services (each built on first use, so commands
 * that fail early never log in; tests pass fakes), stderr for OSC's warnings, and the terminal
 * for password prompts. Commands see jos's service interfaces only, never HTTP or openstack4j.
 */
public final class Invocation {
    private final ServiceApis apis;
    private final PrintWriter err;
    private final java.util.function.BooleanSupplier interactiveTerminal;

    public Invocation(ServiceApis apis, PrintWriter err, java.util.function.BooleanSupplier interactiveTerminal) {
        this.apis = apis;
        this.err = err;
        this.interactiveTerminal = interactiveTerminal;
    }

    public IdentityApi identity() {
        return apis.identity();
    }

    public ComputeApi compute() {
        return apis.compute();
    }

    public IdentityFinder identityFinder() {
        return new IdentityFinder(identity());
    }

    /** A LOG.warning/LOG.error line of OSC: the bare message on stderr. */
    public void warn(String message) {
        err.println(message);
        err.flush();
    }

    /**
     * osc_lib.utils.get_password: asks twice on a terminal; without one it cannot ask, which
     * OSC reports as a CommandError.
     */
    public String readPassword(String prompt, boolean confirm) {
        if (!interactiveTerminal.getAsBoolean()) {
            throw new CommandException("No terminal detected attempting to read password");
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new CommandException("No terminal detected attempting to read password");
        }
        char[] first = console.readPassword("%s", prompt);
        if (first == null) {
            throw new CommandException("Error reading password");
        }
        if (confirm) {
            char[] second = console.readPassword("%s", "Repeat " + prompt);
            if (second == null || !new String(first).equals(new String(second))) {
                throw new CommandException("The passwords entered were not the same");
            }
        }
        return new String(first);
    }

}
