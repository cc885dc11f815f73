package dev.jos.client;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The warm process's wire format, shared by the client and the server: frames of one type byte,
 * a four-byte length and that many bytes. The client opens with HELLO; the server answers with
 * stdout/stderr data, requests for stdin bytes and passwords, and finally EXIT.
 */
public final class Frames {
    /** Bumped when the format changes: a client and a server of different builds never talk (the socket name holds the jar's identity too). */
    public static final int VERSION = 1;

    // client -> server
    public static final byte HELLO = 'H';
    public static final byte STDIN = 'I';      // bytes asked for; empty at end of input
    public static final byte CANCEL = 'C';     // Ctrl-C
    public static final byte PASSWORD = 'P';   // the answer to ASK_PASSWORD
    public static final byte NO_PASSWORD = 'p'; // end of input at the prompt
    public static final byte OUT_FAILED = 'F'; // writing to stdout failed: the JDK's message
    public static final byte SYNCED = 's';     // all frames before SYNC were handled

    // server -> client
    public static final byte STDOUT = 'O';
    public static final byte STDERR = 'E';
    public static final byte READ_STDIN = 'R'; // up to N bytes of stdin, please
    public static final byte ASK_PASSWORD = 'Q';
    public static final byte SYNC = 'S';
    public static final byte EXIT = 'X';

    /** A frame bigger than this is a protocol error (stdout data is sent in pieces). */
    public static final int MAX = 16 << 20;

    private Frames() {
    }

    public record Frame(byte type, byte[] data) {
        public String text() {
            return new String(data, StandardCharsets.UTF_8);
        }

        public int intValue() {
            return ((data[0] & 0xff) << 24) | ((data[1] & 0xff) << 16) | ((data[2] & 0xff) << 8) | (data[3] & 0xff);
        }
    }

    /** Writes one frame; callers on several threads synchronize on the stream. */
    public static void write(DataOutputStream out, byte type, byte[] data, int off, int len) throws IOException {
        synchronized (out) {
            out.writeByte(type);
            out.writeInt(len);
            out.write(data, off, len);
            out.flush();
        }
    }

    public static void write(DataOutputStream out, byte type, byte[] data) throws IOException {
        write(out, type, data, 0, data.length);
    }

    public static void write(DataOutputStream out, byte type, String text) throws IOException {
        write(out, type, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void writeInt(DataOutputStream out, byte type, int value) throws IOException {
        write(out, type, new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    /** The next frame, or null at a clean end of the stream. */
    public static Frame read(DataInputStream in) throws IOException {
        int type = in.read();
        if (type < 0) {
            return null;
        }
        int len = in.readInt();
        if (len < 0 || len > MAX) {
            throw new IOException("bad frame length " + len);
        }
        byte[] data = new byte[len];
        in.readFully(data);
        return new Frame((byte) type, data);
    }

    /** What a client says first: everything an in-process run would take from its process. */
    public record Hello(int version, String cwd, boolean[] terminal, boolean stdinClosed, int columns,
                        List<String> args, List<String> env) {
        public byte[] encode() {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream d = new DataOutputStream(bytes);
                d.writeInt(version);
                string(d, cwd);
                d.writeByte((terminal[0] ? 1 : 0) | (terminal[1] ? 2 : 0) | (terminal[2] ? 4 : 0) | (stdinClosed ? 8 : 0));
                d.writeInt(columns);
                strings(d, args);
                strings(d, env);
                d.flush();
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        public static Hello decode(byte[] data) throws IOException {
            DataInputStream d = new DataInputStream(new java.io.ByteArrayInputStream(data));
            int version = d.readInt();
            if (version != VERSION) {
                throw new IOException("protocol version " + version + ", expected " + VERSION);
            }
            String cwd = string(d);
            int flags = d.readByte();
            int columns = d.readInt();
            return new Hello(version, cwd, new boolean[] {(flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0},
                    (flags & 8) != 0, columns, strings(d), strings(d));
        }

        private static void string(DataOutputStream d, String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            d.writeInt(b.length);
            d.write(b);
        }

        private static void strings(DataOutputStream d, List<String> list) throws IOException {
            d.writeInt(list.size());
            for (String s : list) {
                string(d, s);
            }
        }

        private static String string(DataInputStream d) throws IOException {
            int n = d.readInt();
            if (n < 0 || n > MAX) {
                throw new EOFException("bad string length " + n);
            }
            byte[] b = new byte[n];
            d.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }

        private static List<String> strings(DataInputStream d) throws IOException {
            int n = d.readInt();
            if (n < 0 || n > 1 << 20) {
                throw new EOFException("bad list length " + n);
            }
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(string(d));
            }
            return list;
        }
    }
}
