package dev.jos.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

import dev.jos.identity.IdentityClient;
import dev.jos.identity.IdentityFinder;
import dev.jos.session.CloudSession;
import dev.jos.session.CommandException;

/**
 * What a running command may use: the cloud (built on first use, so commands that fail
 * early never log in), stderr for OSC's warnings, and the terminal for password prompts.
 */
public final class Invocation {
    private final Supplier<CloudSession> sessionFactory;
    private final PrintWriter err;
    private final java.util.function.BooleanSupplier interactiveTerminal;
    private CloudSession session;
    private IdentityClient identity;

    public Invocation(Supplier<CloudSession> sessionFactory, PrintWriter err,
                      java.util.function.BooleanSupplier interactiveTerminal) {
        this.sessionFactory = sessionFactory;
        this.err = err;
        this.interactiveTerminal = interactiveTerminal;
    }

    public synchronized CloudSession session() {
        if (session == null) {
            session = sessionFactory.get();
        }
        return session;
    }

    public synchronized IdentityClient identity() {
        if (identity == null) {
            CloudSession s = session();
            identity = new IdentityClient(s.client("identity"), s::token);
        }
        return identity;
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
