package dev.jos.cli;

import java.io.PrintWriter;

import dev.jos.compute.ComputeApi;
import dev.jos.identity.IdentityApi;
import dev.jos.identity.IdentityFinder;
import dev.jos.image.ImageApi;
import dev.jos.network.NetworkApi;
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
    private final PrintWriter out;
    private final Sleeper sleeper;
    private final java.util.function.UnaryOperator<String> env;
    private final Stdio stdio;

    /**
     * The process's stdin and raw stdout, for the few commands that move image bytes through
     * them (image create without --file, image save without --file), and whether each is a
     * terminal (OSC reads stdin only when it is not one; its progress bar needs one on stdout).
     */
    public interface Stdio {
        /** stdin, or null when it is closed (OSC's os.fstat(0) fails). */
        java.io.InputStream in();

        boolean inIsTerminal();

        /** stdout for bytes; what was printed as text before is flushed first. */
        java.io.OutputStream out();

        boolean outIsTerminal();

        /** A file named on the command line, relative to the invocation's working directory. */
        default java.nio.file.Path resolve(String file) {
            return java.nio.file.Path.of(file);
        }

        /** Whether a console exists to prompt on. */
        default boolean hasConsole() {
            return false;
        }

        /** Asks without echo; null at end of input. */
        default char[] readPassword(String prompt) {
            return null;
        }

        /** No stdin and no stdout: what tests and most commands get. */
        Stdio NONE = new Stdio() {
            @Override
            public java.io.InputStream in() {
                return null;
            }

            @Override
            public boolean inIsTerminal() {
                return false;
            }

            @Override
            public java.io.OutputStream out() {
                return java.io.OutputStream.nullOutputStream();
            }

            @Override
            public boolean outIsTerminal() {
                return false;
            }
        };
    }

    /** How a waiting command pauses between polls (tests pass one that does not sleep). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    public Invocation(ServiceApis apis, PrintWriter err, java.util.function.BooleanSupplier interactiveTerminal) {
        this(apis, new PrintWriter(java.io.Writer.nullWriter()), err, interactiveTerminal, Thread::sleep, name -> null);
    }

    /** @param out stdout, for the progress lines OSC's --wait writes there before the result */
    public Invocation(ServiceApis apis, PrintWriter out, PrintWriter err, java.util.function.BooleanSupplier interactiveTerminal,
                      Sleeper sleeper, java.util.function.UnaryOperator<String> env) {
        this(apis, out, err, interactiveTerminal, sleeper, env, Stdio.NONE);
    }

    /** @param stdio the process's stdin and raw stdout (image data) */
    public Invocation(ServiceApis apis, PrintWriter out, PrintWriter err, java.util.function.BooleanSupplier interactiveTerminal,
                      Sleeper sleeper, java.util.function.UnaryOperator<String> env, Stdio stdio) {
        this.stdio = stdio;
        this.apis = apis;
        this.err = err;
        this.interactiveTerminal = interactiveTerminal;
        this.out = out;
        this.sleeper = sleeper;
        this.env = env;
    }

    /** An environment variable some options default to (OSC's ALL_PROJECTS), or null. */
    public String env(String name) {
        return env.apply(name);
    }

    public IdentityApi identity() {
        return apis.identity();
    }

    public ComputeApi compute() {
        return apis.compute();
    }

    public ImageApi image() {
        return apis.image();
    }

    public NetworkApi network() {
        return apis.network();
    }

    /** Fails as keystoneauth does when the catalog has no endpoint of this type (e.g. no cinder). */
    public void requireService(String serviceType) {
        apis.requireService(serviceType);
    }

    /** openstacksdk's current_location (see {@link ServiceApis#sdkLocation}). */
    public dev.jos.output.Munch sdkLocation() {
        return apis.sdkLocation();
    }

    /** Text OSC writes straight to stdout while it waits (`\rProgress: N`), flushed at once. */
    public void progress(String text) {
        out.print(text);
        out.flush();
    }

    /** A pause between two polls of a waiting command. */
    public void sleep(long millis) {
        try {
            sleeper.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException("Interrupted");
        }
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
        if (!stdio.hasConsole()) {
            throw new CommandException("No terminal detected attempting to read password");
        }
        char[] first = stdio.readPassword(prompt);
        if (first == null) {
            throw new CommandException("Error reading password");
        }
        if (confirm) {
            char[] second = stdio.readPassword("Repeat " + prompt);
            if (second == null || !new String(first).equals(new String(second))) {
                throw new CommandException("The passwords entered were not the same");
            }
        }
        return new String(first);
    }

    /**
     * A file named on the command line: relative names are the invocation's working directory's
     * (in the warm process that is the client's, not the server's).
     */
    public java.nio.file.Path file(String name) {
        return stdio.resolve(name);
    }

    /** $HOME of the invocation, or null. */
    public String home() {
        return env("HOME");
    }

    /** stdin and raw stdout, for image data. */
    public Stdio stdio() {
        out.flush();
        return stdio;
    }
}
