package dev.jos.cli;

/** cliff's plain Command: does something and prints nothing on success. */
public abstract class ActionCommand implements JosCommand {

    @Override
    public final CommandResult run(Invocation inv) throws Exception {
        act(inv);
        return CommandResult.done();
    }

    protected abstract void act(Invocation inv) throws Exception;
}
