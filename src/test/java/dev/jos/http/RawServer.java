package dev.jos.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A socket server on 127.0.0.1 that answers every connection with fixed bytes, for what the JDK
 * HttpServer will not do: keep header spelling, send interim 100 responses, close-delimited
 * bodies, or say nothing at all.
 */
final class RawServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;
    final List<String> requests = new CopyOnWriteArrayList<>();

    RawServer(String response) throws IOException {
        this(response.getBytes(StandardCharsets.ISO_8859_1), 0);
    }

    /** Waits delayMillis after reading the request before answering. */
    RawServer(byte[] response, long delayMillis) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    requests.add(readRequest(s.getInputStream()));
                    if (delayMillis > 0) {
                        Thread.sleep(delayMillis);
                    }
                    s.getOutputStream().write(response);
                    s.getOutputStream().flush();
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        }, "raw-server");
        thread.setDaemon(true);
        thread.start();
    }

    /** Head and, when Content-Length says so, body of one request. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            buf.write(c);
            String s = buf.toString(StandardCharsets.ISO_8859_1);
            if (s.endsWith("\r\n\r\n")) {
                int length = 0;
                for (String line : s.split("\r\n")) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                return s + new String(in.readNBytes(length), StandardCharsets.ISO_8859_1);
            }
        }
        return buf.toString(StandardCharsets.ISO_8859_1);
    }

    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
