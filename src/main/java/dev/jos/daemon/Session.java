package dev.jos.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import dev.jos.Context;
import dev.jos.Jos;
import dev.jos.ReportingWriter;
import dev.jos.Tty;
import dev.jos.client.Client;
import dev.jos.client.Frames;

/**
 * One client's command in the warm process: a Context made of what the client sent (arguments,
 * environment, working directory, terminal state) and of its streams relayed over the socket,
 * so the output, messages and exit code are those of an in-process run. Nothing is shared with
 * other sessions but the loaded classes.
 */
final class Session implements Runnable {
    private static final byte[] NOTHING = new byte[0];

    private final SocketChannel channel;
    private final DataOutputStream toClient;
    private final DataInputStream fromClient;
    private final BlockingQueue<Frames.Frame> stdinAnswers = new LinkedBlockingQueue<>();
    private final BlockingQueue<Frames.Frame> passwordAnswers = new LinkedBlockingQueue<>();
    private final BlockingQueue<Frames.Frame> syncs = new LinkedBlockingQueue<>();
    private volatile String stdoutFailure;
    private volatile boolean cancelled;
    /** What the running command asked to be done on cancel (see Tty.onCancel). */
    private final java.util.List<Runnable> onCancel = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Thread command;

    private final java.util.function.Consumer<String> log;
    private final long started = System.nanoTime();

    /** @param log told how each command ended, before its client is (so the log is never behind) */
    Session(SocketChannel channel, java.util.function.Consumer<String> log) {
        this.channel = channel;
        this.log = log;
        this.toClient = new DataOutputStream(new java.io.BufferedOutputStream(Client.ChannelStreams.out(channel), 1 << 16));
        this.fromClient = new DataInputStream(new java.io.BufferedInputStream(Client.ChannelStreams.in(channel), 1 << 16));
    }

    /** Whether the client cancelled (Ctrl-C) or went away. */
    boolean cancelled() {
        return cancelled;
    }

    @Override
    public void run() {
        command = Thread.currentThread();
        try (channel) {
            Frames.Frame first = Frames.read(fromClient);
            if (first == null || first.type() != Frames.HELLO) {
                return;
            }
            Frames.Hello hello = Frames.Hello.decode(first.data());
            Thread reader = new Thread(this::readClient, "jos-session-reader");
            reader.setDaemon(true);
            reader.start();
            int rc;
            try {
                rc = Jos.run(hello.args().toArray(String[]::new), context(hello));
            } catch (RuntimeException | Error e) {
                // what the JVM prints for an uncaught exception, and its exit code
                PrintWriter err = new PrintWriter(new OutputStreamWriter(new FrameStream(Frames.STDERR), StandardCharsets.UTF_8));
                err.print("Exception in thread \"main\" ");
                e.printStackTrace(err);
                err.flush();
                rc = 1;
            }
            String outcome = cancelled ? "cancelled" : "exit " + rc;
            // no arguments, no environment: they may hold secrets
            log.accept("command " + outcome + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            if (!cancelled) {
                Frames.writeInt(toClient, Frames.EXIT, rc);
            }
        } catch (IOException e) {
            // the client went away (or spoke nonsense): only this command ends
        } finally {
            Thread.interrupted(); // a late cancel must not leak into the next use of this thread
        }
    }

    Context context(Frames.Hello hello) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String kv : hello.env()) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        env = java.util.Collections.unmodifiableMap(env);
        FrameStream stdout = new FrameStream(Frames.STDOUT);
        boolean[] tty = hello.terminal();
        Tty relayed = new RelayedTty(stdout, tty, hello.stdinClosed(), hello.columns());
        return new Context(env,
                new ReportingWriter(stdout),
                new PrintWriter(new OutputStreamWriter(new FrameStream(Frames.STDERR), StandardCharsets.UTF_8), true),
                new StdinStream(),
                Path.of(hello.cwd()),
                Context.home(env),
                // as Console.isTerminal(): both stdin and stdout are a terminal
                () -> tty[0] && tty[1],
                relayed);
    }

    /** Answers from the client, handed to whoever waits for them; a cancel or a lost client stops the command. */
    private void readClient() {
        try {
            while (true) {
                Frames.Frame f = Frames.read(fromClient);
                if (f == null) {
                    break;
                }
                switch (f.type()) {
                    case Frames.STDIN -> stdinAnswers.add(f);
                    case Frames.PASSWORD, Frames.NO_PASSWORD -> passwordAnswers.add(f);
                    case Frames.SYNCED -> syncs.add(f);
                    case Frames.OUT_FAILED -> stdoutFailure = f.text();
                    case Frames.CANCEL -> {
                        cancel();
                        return;
                    }
                    default -> {
                        cancel();
                        return;
                    }
                }
            }
        } catch (IOException e) {
            // as a lost client
        }
        cancel();
    }

    private void cancel() {
        cancelled = true;
        Thread t = command;
        if (t != null) {
            t.interrupt();
        }
        // a blocked socket read ignores the interrupt: drop the command's connection (a download's
        // half-written file then goes as on any failed transfer)
        for (Runnable r : onCancel) {
            try {
                r.run();
            } catch (RuntimeException e) {
                // best effort: the command ends anyway
            }
        }
    }

    private Frames.Frame await(BlockingQueue<Frames.Frame> answers) throws IOException {
        try {
            while (true) {
                Frames.Frame f = answers.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (f != null) {
                    return f;
                }
                if (cancelled) {
                    throw new InterruptedIOException("cancelled");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("cancelled");
        }
    }

    /** stdout or stderr of the client, one frame per write. */
    private final class FrameStream extends OutputStream {
        private final byte type;

        FrameStream(byte type) {
            this.type = type;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check();
            for (int at = off; at < off + len; at += 1 << 16) {
                Frames.write(toClient, type, b, at, Math.min(1 << 16, off + len - at));
            }
        }

        /**
         * On stdout, waits until the client has written everything sent so far, so a closed pipe
         * or a full disk is this run's error before it ends, as when writing to fd 1 directly.
         */
        @Override
        public void flush() throws IOException {
            if (type == Frames.STDOUT && !cancelled) {
                Frames.write(toClient, Frames.SYNC, NOTHING);
                await(syncs);
                check();
            }
        }

        private void check() throws IOException {
            if (cancelled) {
                throw new InterruptedIOException("cancelled");
            }
            String failure = stdoutFailure;
            if (type == Frames.STDOUT && failure != null) {
                throw new IOException(failure);
            }
        }
    }

    /** The client's stdin, read only as far as the command reads it (the rest stays for whoever reads next). */
    private final class StdinStream extends InputStream {
        private boolean eof;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (eof) {
                return -1;
            }
            Frames.writeInt(toClient, Frames.READ_STDIN, Math.min(len, 1 << 16));
            byte[] data = await(stdinAnswers).data();
            if (data.length == 0) {
                eof = true;
                return -1;
            }
            System.arraycopy(data, 0, b, off, data.length);
            return data.length;
        }
    }

    /** The client's terminal, as it reported it; prompts are asked there. */
    private final class RelayedTty implements Tty {
        private final OutputStream stdout;
        private final boolean[] terminal;
        private final boolean stdinClosed;
        private final int columns;

        RelayedTty(OutputStream stdout, boolean[] terminal, boolean stdinClosed, int columns) {
            this.stdout = stdout;
            this.terminal = terminal;
            this.stdinClosed = stdinClosed;
            this.columns = columns;
        }

        @Override
        public boolean isTerminal(int fd) {
            return fd >= 0 && fd < terminal.length && terminal[fd];
        }

        @Override
        public boolean stdinClosed() {
            return stdinClosed;
        }

        @Override
        public OutputStream rawOut() {
            return stdout;
        }

        @Override
        public Integer columns() {
            return columns > 0 ? columns : null;
        }

        @Override
        public boolean hasConsole() {
            return terminal[0] && terminal[1];
        }

        @Override
        public Runnable onCancel(Runnable action) {
            onCancel.add(action);
            return () -> onCancel.remove(action);
        }

        @Override
        public char[] readPassword(String prompt) {
            try {
                Frames.write(toClient, Frames.ASK_PASSWORD, prompt);
                Frames.Frame answer = await(passwordAnswers);
                return answer.type() == Frames.PASSWORD ? answer.text().toCharArray() : null;
            } catch (IOException e) {
                return null;
            }
        }
    }
}
