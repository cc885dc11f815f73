package dev.jos.compute.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.cli.CommandResult;
import dev.jos.cli.Invocation;
import dev.jos.cli.JosCommand;
import dev.jos.compute.ComputeApi;
import dev.jos.json.Json;
import dev.jos.session.CommandException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** OSC's ShowConsoleLog (openstacksdk): the console output as nova returns it, ending in a newline. */
public class ConsoleLogShow implements JosCommand {
    @Parameters(paramLabel = "<server>", description = "Server to show console log (name or ID)")
    String server;
    @Option(names = "--lines", paramLabel = "<num-lines>", description = "Number of lines to display from the end of the log (default=all)")
    Integer lines;

    @Override
    public CommandResult run(Invocation inv) {
        if (lines != null && lines < 0) {
            // osc_lib's NonNegativeAction raises while argparse parses: not a usage error
            throw new CommandException("--lines expected a non-negative integer");
        }
        ComputeApi compute = inv.compute();
        String id = compute.sdkFindServer(server).path("id").asText();
        ObjectNode action = Json.object();
        ObjectNode args = action.putObject("os-getConsoleOutput");
        if (lines != null) {
            args.put("length", lines);
        }
        JsonNode output = compute.sdkServerActionReply(id, action).get("output");
        String data = output == null || output.isNull() ? null : output.asText();
        if (data == null) {
            // OSC writes None to stdout and fails with Python's TypeError
            throw new CommandException("write() argument must be str, not None");
        }
        String text = !data.isEmpty() && data.charAt(data.length() - 1) != '\n' ? data + "\n" : data;
        return new CommandResult.Text(out -> out.write(text));
    }
}
