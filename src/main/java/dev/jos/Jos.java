package dev.jos;

/** The one place where a jos invocation is assembled: parsing, dispatch, error handling, exit code. */
public final class Jos {
    private Jos() {
    }

    public static int run(String[] args, Context ctx) {
        if (args.length == 1 && args[0].equals("--version")) {
            ctx.out().println("jos " + Version.get());
            ctx.out().flush();
            return 0;
        }
        ctx.err().println("jos: not implemented yet");
        return 1;
    }
}
