package com.siglume.sdrp.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.RawHttp;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
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
                Socket socket = RawHttp.open(port, 30_000);
                socket.getOutputStream().write(RawHttp.postHead(PATH, "Content-Length: 1000", "t=1,v1=00"));
                socket.getOutputStream().write('{');
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
                String answer = RawHttp.readUntilClosed(socket);
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
}
