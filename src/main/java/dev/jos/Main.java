package dev.jos;

/** Process entry point: everything else is reachable from {@link Jos} so tests can run it in-process. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Jos.run(args, Context.system()));
    }
}
