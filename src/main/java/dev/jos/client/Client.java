package dev.jos.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The client of jos's warm process: hands its arguments, environment, working directory and
 * terminal state to the per-user server over a Unix domain socket, then relays stdout, stderr,
 * stdin (only as much as the command reads) and password prompts until the server sends the exit
 * code. JDK classes only, so it starts from the JDK's default class-data archive.
 *
 * <p>Usage (bin/jos): {@code Client SOCKET LAUNCHER [jos arguments...]}.
 */
public final class Client {
    /** Exit code when the server goes away mid-command (said on stderr). */
    static final int SERVER_LOST = 1;

    private final DataOutputStream toServer;
    private final DataInputStream fromServer;
    private final OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    private final OutputStream stderr = new FileOutputStream(FileDescriptor.err);
    private final InputStream stdin = new FileInputStream(FileDescriptor.in);
    private volatile boolean done;
    private boolean stdoutFailed;

    private Client(SocketChannel channel) {
        this.toServer = new DataOutputStream(new java.io.BufferedOutputStream(ChannelStreams.out(channel), 1 << 16));
        this.fromServer = new DataInputStream(new java.io.BufferedInputStream(ChannelStreams.in(channel), 1 << 16));
    }

    public static void main(String[] args) {
        Path socket = Path.of(args[0]);
        String launcher = args[1];
        List<String> josArgs = Arrays.asList(args).subList(2, args.length);
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            // a stale socket (its server gone): run as without a warm process, which starts a new one
            System.exit(fallback(launcher, josArgs));
            return;
        }
        Client client = new Client(channel);
        // an anonymous class, not a lambda: a lambda's class is spun at run time (~30 ms here)
        Runtime.getRuntime().addShutdownHook(new Thread() {
            @Override
            public void run() {
                client.interrupted();
            }
        });
        int rc = client.run(josArgs);
        // halt: the command is over (nothing for the hook to do) and System.exit looks up a logger first
        Runtime.getRuntime().halt(rc);
    }

    /** Ctrl-C (or SIGTERM): the JVM is exiting (130 for SIGINT) before the command ended; stop it. */
    private void interrupted() {
        if (!done) {
            try {
                Frames.write(toServer, Frames.CANCEL, new byte[0]);
            } catch (IOException e) {
                // the server is gone already
            }
        }
    }

    private int run(List<String> args) {
        List<String> env = new ArrayList<>();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            // no string concatenation on this path: each first use bootstraps a method handle
            env.add(new StringBuilder(e.getKey()).append('=').append(e.getValue()).toString());
        }
        Frames.Hello hello = new Frames.Hello(Frames.VERSION, System.getProperty("user.dir"),
                new boolean[] {isTerminal(0), isTerminal(1), isTerminal(2)}, stdinClosed(),
                Integer.getInteger("jos.columns", -1), args, env);
        try {
            Frames.write(toServer, Frames.HELLO, hello.encode());
            while (true) {
                Frames.Frame f = Frames.read(fromServer);
                if (f == null) {
                    break;
                }
                switch (f.type()) {
                    case Frames.STDOUT -> toStdout(f.data());
                    case Frames.STDERR -> toStderr(f.data());
                    case Frames.READ_STDIN -> Frames.write(toServer, Frames.STDIN, readStdin(f.intValue()));
                    case Frames.ASK_PASSWORD -> password(f.text());
                    case Frames.SYNC -> Frames.write(toServer, Frames.SYNCED, new byte[0]);
                    case Frames.EXIT -> {
                        done = true;
                        return f.intValue();
                    }
                    default -> throw new IOException("unexpected frame " + (char) f.type());
                }
            }
        } catch (IOException e) {
            // falls through: the server is gone
        }
        done = true;
        toStderr(("jos: the warm jos process ended before the command finished; run it again"
                + " (JOS_DAEMON=0 runs without it)\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return SERVER_LOST;
    }

    private void toStdout(byte[] data) throws IOException {
        if (stdoutFailed) {
            return;
        }
        try {
            stdout.write(data);
        } catch (IOException e) {
            // the command meets this error as an in-process run would (a closed pipe, a full disk)
            stdoutFailed = true;
            Frames.write(toServer, Frames.OUT_FAILED, String.valueOf(e.getMessage()));
        }
    }

    private void toStderr(byte[] data) {
        try {
            stderr.write(data);
        } catch (IOException e) {
            // as in-process: nowhere to report it
        }
    }

    private byte[] readStdin(int max) {
        byte[] buf = new byte[Math.max(1, Math.min(max, 1 << 16))];
        try {
            int n = stdin.read(buf);
            return n <= 0 ? new byte[0] : Arrays.copyOf(buf, n);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private void password(String prompt) throws IOException {
        java.io.Console console = System.console();
        char[] answer = console == null ? null : console.readPassword("%s", prompt);
        if (answer == null) {
            Frames.write(toServer, Frames.NO_PASSWORD, new byte[0]);
        } else {
            Frames.write(toServer, Frames.PASSWORD, new String(answer));
            Arrays.fill(answer, ' ');
        }
    }

    /** As jos decides in-process: where /proc says the descriptor points. */
    static boolean isTerminal(int fd) {
        try {
            String target = Path.of("/proc/self/fd", Integer.toString(fd)).toRealPath().toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean stdinClosed() {
        return !java.nio.file.Files.exists(Path.of("/proc/self/fd/0"))
                && java.nio.file.Files.isDirectory(Path.of("/proc/self/fd"));
    }

    /** The launcher again, told that this socket is stale: it runs the command in-process and starts a new server. */
    private static int fallback(String launcher, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("JOS_DAEMON_STALE", "1");
        try {
            return pb.start().waitFor();
        } catch (IOException e) {
            System.err.println("jos: cannot run " + launcher + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            return 130;
        }
    }

    /** Streams over a socket channel that never lock each other out (Channels' streams share one lock on JDK 17). */
    public static final class ChannelStreams {
        private ChannelStreams() {
        }

        public static InputStream in(SocketChannel ch) {
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (len == 0) {
                        return 0;
                    }
                    return ch.read(ByteBuffer.wrap(b, off, len));
                }

                @Override
                public void close() throws IOException {
                    ch.close();
                }
            };
        }

        public static OutputStream out(SocketChannel ch) {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    ByteBuffer bb = ByteBuffer.wrap(b, off, len);
                    while (bb.hasRemaining()) {
                        ch.write(bb);
                    }
                }

                @Override
                public void close() throws IOException {
                    ch.close();
                }
            };
        }
    }
}
