package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the lab, the reference client and jos are, and the environments the tests run them
 * in. Nothing here reads the caller's environment: a developer's OS_* variables must never
 * leak into a comparison.
 */
public final class Lab {
    /** The reference client, always by absolute path (a pyenv python may be first in PATH). */
    public static final String OSC = "/usr/bin/openstack";
    public static final String KEYSTONE = "http://127.0.0.1:5000/v3";
    public static final Path LAB_DIR = Path.of(System.getProperty("jos.lab.dir", "/var/lib/openstack-lab"));

    private static volatile String labError;
    private static volatile boolean labChecked;

    private Lab() {
    }

    /** The project root the tests run in: {@code -Djos.home}, else Maven's working directory. */
    public static Path josHome() {
        String home = System.getProperty("jos.home");
        return (home == null || home.isBlank() ? Path.of("") : Path.of(home)).toAbsolutePath().normalize();
    }

    /**
     * The jos command line: {@code bin/jos} under {@link #josHome()}. {@code -Djos.cmd=/usr/bin/openstack}
     * runs the reference client on both sides, which checks the harness itself (every
     * comparison must then pass).
     */
    public static List<String> josCommand() {
        String cmd = System.getProperty("jos.cmd");
        if (cmd != null && !cmd.isBlank()) {
            return List.of(cmd);
        }
        return List.of(josHome().resolve("bin/jos").toString());
    }

    /**
     * How the suite runs jos: through one warm server of its own under target/ (the default, so
     * the warm path is what the suite checks), or in-process with {@code -Djos.daemon=0}. The
     * servers started there are stopped when the test JVM exits.
     */
    public static Map<String, String> daemonEnv() {
        if ("0".equals(System.getProperty("jos.daemon", "1"))) {
            return Map.of("JOS_DAEMON", "0");
        }
        Path dir = daemonDir();
        synchronized (Lab.class) {
            if (!stopServersHook) {
                stopServersHook = true;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopServers(dir), "stop-jos-daemons"));
            }
        }
        return Map.of("JOS_DAEMON", "1", "JOS_DAEMON_DIR", dir.toString());
    }

    private static boolean stopServersHook;

    public static Path daemonDir() {
        return josHome().resolve("target/jos-daemon");
    }

    /** Stops the warm servers started in {@code dir} (by the PIDs they wrote, and only jos servers). */
    public static void stopServers(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path pidFile : files.filter(f -> f.toString().endsWith(".sock.pid")).toList()) {
                try {
                    long pid = Long.parseLong(Files.readString(pidFile).trim());
                    ProcessHandle.of(pid)
                            .filter(p -> p.info().commandLine().orElse("").contains("dev.jos.daemon.Server"))
                            .ifPresent(p -> {
                                p.destroy();
                                p.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> null).join();
                            });
                } catch (IOException | NumberFormatException e) {
                    // gone already
                }
            }
        } catch (IOException e) {
            // no server was started
        }
    }

    public static Map<String, String> adminRc() {
        return OpenRc.read(LAB_DIR.resolve("admin-openrc.sh"));
    }

    public static Map<String, String> demoRc() {
        return OpenRc.read(LAB_DIR.resolve("demo-openrc.sh"));
    }

    /**
     * The course's operator.sh / normal.sh, pointed at this lab: a versionless auth URL, the
     * internal interface, and OS_TENANT_NAME deliberately different from OS_PROJECT_NAME.
     */
    public static Map<String, String> courseRc(String user, String password, String project, String tenant,
                                               boolean withAuthPlugin) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OS_PROJECT_DOMAIN_NAME", "Default");
        env.put("OS_USER_DOMAIN_NAME", "Default");
        env.put("OS_PROJECT_NAME", project);
        env.put("OS_TENANT_NAME", tenant);
        env.put("OS_USERNAME", user);
        env.put("OS_PASSWORD", password);
        env.put("OS_AUTH_URL", "http://127.0.0.1:5000");
        env.put("OS_INTERFACE", "internal");
        env.put("OS_ENDPOINT_TYPE", "internalURL");
        env.put("OS_MANILA_ENDPOINT_TYPE", "internalURL");
        env.put("OS_IDENTITY_API_VERSION", "3");
        env.put("OS_REGION_NAME", "RegionOne");
        if (withAuthPlugin) {
            env.put("OS_AUTH_PLUGIN", "password");
        }
        env.put("no_proxy", "127.0.0.1,localhost");
        env.put("NO_PROXY", "127.0.0.1,localhost");
        return env;
    }

    /**
     * Fails the calling test (never skips it) unless keystone answers, the openrc files are
     * there, the reference client is installed and jos has been built.
     */
    public static void require() {
        if (!labChecked) {
            synchronized (Lab.class) {
                if (!labChecked) {
                    labError = probe(KEYSTONE);
                    labChecked = true;
                }
            }
        }
        if (labError != null) {
            fail(labError);
        }
    }

    /** Null when everything the parity tests need is there, else what is missing and what to do. */
    static String probe(String keystone) {
        String hint = " The parity tests need the OpenStack lab: run `sudo lab/up.sh` (from the repository root) and try again.";
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(keystone).openConnection(Proxy.NO_PROXY);
            c.setConnectTimeout(5000);
            c.setReadTimeout(10000);
            int code = c.getResponseCode();
            try (InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            if (code != 200) {
                return "Keystone at " + keystone + " answered HTTP " + code + " instead of 200." + hint;
            }
        } catch (IOException e) {
            return "Keystone at " + keystone + " does not answer (" + e + ")." + hint;
        }
        for (String rc : List.of("admin-openrc.sh", "demo-openrc.sh")) {
            if (!Files.isReadable(LAB_DIR.resolve(rc))) {
                return "Missing " + LAB_DIR.resolve(rc) + "." + hint;
            }
        }
        if (!Files.isExecutable(Path.of(OSC))) {
            return "The reference client " + OSC + " is not installed (python3-openstackclient)." + hint;
        }
        if (System.getProperty("jos.cmd") == null) {
            Path launcher = josHome().resolve("bin/jos");
            Path jar = josHome().resolve("target/jos.jar");
            if (!Files.isExecutable(launcher) || !Files.isRegularFile(jar)) {
                return "jos is not built: " + launcher + " and " + jar
                        + " must exist (run `mvn -q -B package -DskipTests`, or `mvn verify`).";
            }
        }
        return null;
    }
}
