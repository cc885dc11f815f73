package dev.jos.compute.server;

/** OSC's StartServer. */
public class ServerStart extends ServerPowerCommand {
    @Override
    String action() {
        return "os-start";
    }
}
