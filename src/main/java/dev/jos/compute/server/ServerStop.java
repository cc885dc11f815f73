package dev.jos.compute.server;

/** OSC's StopServer. */
public class ServerStop extends ServerPowerCommand {
    @Override
    String action() {
        return "os-stop";
    }
}
