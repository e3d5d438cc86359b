package com.siglume.sdrp.spring.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand on a loopback socket, for what an HTTP client does not let a test
 * do: send a body slowly, in pieces, or never finish it.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /**
     * Opens a connection to a local port.
     *
     * @param port the server port
     * @param readTimeoutMillis how long a read may wait before the test fails
     * @return the connected socket
     * @throws IOException when the connection fails
     */
    public static Socket open(int port, int readTimeoutMillis) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(readTimeoutMillis);
        return socket;
    }

    /**
     * Request head of a signed JSON {@code POST}.
     *
     * @param path the path
     * @param lengthHeader {@code Content-Length: n} or {@code Transfer-Encoding: chunked}
     * @param signature the {@code Siglume-Signature} value
     * @return the head bytes, blank line included
     */
    public static byte[] postHead(String path, String lengthHeader, String signature) {
        return ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + lengthHeader
                + "\r\nSiglume-Signature: " + signature + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Reads the answer until the server closes the connection (at most 16 KB).
     *
     * @param socket the connection
     * @return what arrived
     * @throws IOException on a read failure other than a reset after the answer
     * @throws AssertionError when neither answer nor close arrived within the socket's timeout
     */
    public static String readUntilClosed(Socket socket) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[1024];
        try {
            for (int read = in.read(buffer); read >= 0 && answer.size() < 16_384; read = in.read(buffer)) {
                answer.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer and no close in time; got: " + answer, e);
        } catch (IOException reset) {
            // the server closed after answering; what was read is the answer
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
