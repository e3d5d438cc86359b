package com.siglume.sdrp.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Slow senders over real HTTP, on Tomcat's default settings and the default read timeout: 200
 * connections that send their body at one byte per second (as many as Tomcat has request
 * threads) neither delay real deliveries nor stay open past the read timeout.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "spring.datasource.generate-unique-name=true"})
class WebhookSlowClientTests {

    private static final String PATH = "/siglume/webhook";
    private static final int SLOW_CONNECTIONS = 200;
    private static final int DELIVERIES = 20;
    /** The default {@code siglume.webhook.read-timeout}. */
    private static final long READ_TIMEOUT_MILLIS = 10_000;

    @LocalServerPort
    int port;

    @Test
    void slowBodiesHoldNoRequestThreadAndAreAnswered408AtTheReadTimeout() throws Exception {
        List<Socket> slow = new ArrayList<>();
        Thread trickle = null;
        try {
            long opened = System.nanoTime();
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write(("POST " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 1000\r\nSiglume-Signature: t=1,v1=00\r\n"
                        + "\r\n{").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            trickle = new Thread(() -> trickle(slow), "slow-senders");
            trickle.setDaemon(true);
            trickle.start();
            // Let the server take every slow request in before the real deliveries start.
            Thread.sleep(1000);

            WebhookHttp http = new WebhookHttp(port);
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < DELIVERIES; i++) {
                byte[] body = TestWebhooks.standardSettled("evt_" + UUID.randomUUID());
                long start = System.nanoTime();
                HttpResponse<String> response = http.post(PATH, body, TestWebhooks.sign(body));
                latencies.add((System.nanoTime() - start) / 1_000_000);
                assertThat(response.statusCode()).isEqualTo(200);
            }
            Collections.sort(latencies);
            assertThat(latencies.get(DELIVERIES / 2)).as("median latency in ms %s", latencies).isLessThan(2000);
            assertThat(latencies.get(DELIVERIES - 1)).as("max latency in ms %s", latencies).isLessThan(10_000);

            for (Socket socket : slow) {
                String answer = readAnswer(socket);
                long elapsed = (System.nanoTime() - opened) / 1_000_000;
                assertThat(answer).startsWith("HTTP/1.1 408");
                assertThat(answer.toLowerCase(java.util.Locale.ROOT)).contains("connection: close");
                assertThat(answer).contains("\"code\":\"request_timeout\"");
                assertThat(elapsed).isGreaterThanOrEqualTo(READ_TIMEOUT_MILLIS - 1000);
            }
        } finally {
            if (trickle != null) {
                trickle.interrupt();
                trickle.join(5000);
            }
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /** One more body byte per connection each second, for at most 25 seconds. */
    private static void trickle(List<Socket> sockets) {
        byte[] space = {' '};
        for (int round = 0; round < 25 && !Thread.currentThread().isInterrupted(); round++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            for (Socket socket : sockets) {
                try {
                    socket.getOutputStream().write(space);
                    socket.getOutputStream().flush();
                } catch (IOException closed) {
                    // answered and closed by the server: nothing more to send
                }
            }
        }
    }

    /** Reads the answer until the server closes the connection. */
    private static String readAnswer(Socket socket) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[1024];
        try {
            for (int read = in.read(buffer); read >= 0 && answer.size() < 16_384; read = in.read(buffer)) {
                answer.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer and no close within 30s; got: " + answer, e);
        } catch (IOException reset) {
            // the server closed after answering; what was read is the answer
        }
        return answer.toString(StandardCharsets.US_ASCII);
    }
}
