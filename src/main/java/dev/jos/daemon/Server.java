package dev.jos.daemon;

import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * jos's warm process: a per-user JVM with jos loaded and compiled, that runs the commands
 * bin/jos's client hands it over a Unix domain socket ({@link Session}, one thread each).
 * Only the user reaches the socket: its directory is 0700 and the socket 0600 (the JDK cannot
 * read the peer's credentials of a Unix socket). It exits after an idle time, and as soon as
 * its jar changes (a new build gets a server of its own: the socket's name holds the jar's
 * identity).
 *
 * <p>Usage (bin/jos): {@code Server SOCKET JAR}; JOS_DAEMON_IDLE is the idle time in seconds (300).
 */
public final class Server {
    static final Duration DEFAULT_IDLE = Duration.ofSeconds(300);
    static final Duration TRIM_AFTER = Duration.ofSeconds(2);
    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path socket;
    private final Path jar;
    private final Duration idle;
    private final PrintStream log;
    private final AtomicInteger active = new AtomicInteger();
    private final FileTime jarTime;
    private final long jarSize;
    private volatile long lastActive = System.nanoTime();
    private volatile boolean stopping;
    private ServerSocketChannel listener;

    Server(Path socket, Path jar, Duration idle, PrintStream log) throws IOException {
        this.socket = socket;
        this.jar = jar;
        this.idle = idle;
        this.log = log;
        this.jarTime = Files.getLastModifiedTime(jar);
        this.jarSize = Files.size(jar);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Server SOCKET JAR");
            System.exit(2);
        }
        String idleEnv = System.getenv("JOS_DAEMON_IDLE");
        Duration idle = DEFAULT_IDLE;
        try {
            if (idleEnv != null && !idleEnv.isBlank()) {
                idle = Duration.ofSeconds(Long.parseLong(idleEnv.trim()));
            }
        } catch (NumberFormatException e) {
            System.err.println("jos daemon: JOS_DAEMON_IDLE=" + idleEnv + " is not a number of seconds; using " + idle.toSeconds());
        }
        Server server = new Server(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath(), idle, System.err);
        try {
            server.start();
        } catch (IOException e) {
            System.err.println("jos daemon: " + e.getMessage());
            System.exit(1);
        }
        // SIGTERM (a test stopping it, a logout): leave no socket behind
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "jos-daemon-stop"));
        Thread warm = new Thread(Server::warmUp, "jos-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
        server.serve();
        System.exit(0);
    }

    /** Binds the socket (0600, in a 0700 directory of this user's) and says so in the pid file. */
    void start() throws IOException {
        Path dir = socket.getParent();
        checkPrivate(dir);
        Files.deleteIfExists(socket);
        listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        listener.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        Path tmp = Files.createTempFile(dir, "pid", ".tmp");
        Files.writeString(tmp, ProcessHandle.current().pid() + "\n");
        Files.move(tmp, pidFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(Path.of(socket + ".starting"));
        log.println("jos daemon " + ProcessHandle.current().pid() + " listening on " + socket + " (idle exit after "
                + idle.toSeconds() + " s)");
        Thread watch = new Thread(this::watch, "jos-daemon-watch");
        watch.setDaemon(true);
        watch.start();
    }

    Path pidFile() {
        return Path.of(socket + ".pid");
    }

    static void checkPrivate(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(dir + " is not a directory");
        }
        String me = System.getProperty("user.name");
        String owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName();
        if (!owner.equals(me)) {
            throw new IOException(dir + " belongs to " + owner + ", not " + me);
        }
        if (!Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(PRIVATE_DIR)) {
            throw new IOException(dir + " is not private (mode 0700)");
        }
    }

    /** Accepts until stopped; each connection is one command on a thread of its own. */
    void serve() {
        try {
            while (!stopping) {
                SocketChannel client = listener.accept();
                active.incrementAndGet();
                lastActive = System.nanoTime();
                Thread t = new Thread(() -> {
                    try {
                        new Session(client, log::println).run();
                    } finally {
                        lastActive = System.nanoTime();
                        active.decrementAndGet();
                    }
                }, "jos-session");
                t.start();
            }
        } catch (ClosedChannelException e) {
            // stopped
        } catch (IOException e) {
            log.println("jos daemon: accept failed: " + e.getMessage());
        }
        // a command that runs when the jar changed ends first
        while (active.get() > 0) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                break;
            }
        }
    }

    /**
     * Once a second: stop when the jar changed, or when idle for long enough; after a burst of
     * commands, once quiet for {@link #TRIM_AFTER}, a full collection, which gives the heap the
     * commands grew back to the system (the serial collector shrinks it to MaxHeapFreeRatio).
     */
    private void watch() {
        long trimmedFor = 0;
        while (!stopping) {
            try {
                Thread.sleep(Math.min(1000, Math.max(50, idle.toMillis() / 4)));
            } catch (InterruptedException e) {
                return;
            }
            long last = lastActive;
            if (active.get() == 0 && last != trimmedFor && System.nanoTime() - last > TRIM_AFTER.toNanos()) {
                trimmedFor = last;
                System.gc(); // the idle server's footprint (issue 12: at most 150 MiB resident)
            }
            String reason = null;
            if (jarChanged()) {
                reason = "its jar changed";
            } else if (active.get() == 0 && System.nanoTime() - lastActive > idle.toNanos()) {
                reason = "idle for " + idle.toSeconds() + " s";
            } else if (!ownsSocket()) {
                reason = "its socket was removed";
            }
            if (reason != null) {
                log.println("jos daemon " + ProcessHandle.current().pid() + " exits: " + reason);
                stop();
            }
        }
    }

    private boolean jarChanged() {
        try {
            return !Files.getLastModifiedTime(jar).equals(jarTime) || Files.size(jar) != jarSize;
        } catch (IOException e) {
            return true;
        }
    }

    private boolean ownsSocket() {
        try {
            return Files.readString(pidFile()).trim().equals(Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops accepting; new clients find no server and start a fresh one. */
    synchronized void stop() {
        if (stopping && !listener.isOpen()) {
            return;
        }
        stopping = true;
        try {
            if (ownsSocket()) {
                Files.deleteIfExists(socket);
                Files.deleteIfExists(pidFile());
            }
            listener.close();
        } catch (IOException e) {
            log.println("jos daemon: " + e.getMessage());
        }
    }

    int activeSessions() {
        return active.get();
    }

    /** Runs jos's training commands once, so the first clients find its code loaded and compiled. */
    private static void warmUp() {
        try {
            dev.jos.Training.main(new String[0]);
        } catch (Exception | Error e) {
            // only slower first commands
        }
    }
}
