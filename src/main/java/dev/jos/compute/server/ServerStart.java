package dev.jos.compute.server;

import java.util.List;

import dev.jos.cli.ActionCommand;
import dev.jos.cli.Invocation;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's StartServer (novaclient). */
public class ServerStart extends ActionCommand {
    @Parameters(paramLabel = "<server>", arity = "1..*", description = "Server(s) to start (name or ID)")
    List<String> servers;
    @Option(names = "--all-projects", description = "Start server(s) in another project by name (admin only)(can be specified using the ALL_PROJECTS envvar)")
    Boolean allProjects;

    @Override
    protected void act(Invocation inv) {
        ServerActions.nova(inv, servers, AllProjects.effective(allProjects, inv), ServerActions.bare("os-start"));
    }
}
