package com.siglume.sdrp.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.it.WebhookTestApplication.PaymentsListener;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import com.siglume.sdrp.spring.observation.SiglumeWebhookObservationContext;
import com.siglume.sdrp.spring.test.RawHttp;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationView;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The body read deadline over real HTTP with {@code siglume.webhook.read-timeout=1s}: a body
 * still incomplete then is answered 408 and its connection closed, with or without
 * {@code Content-Length}; a body that arrives in pieces within it is processed from its exact
 * bytes; and the processing after the body is complete is not bounded by it.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.read-timeout=1s",
                "siglume.webhook.max-body-size=4KB", "spring.datasource.generate-unique-name=true"})
@Import(WebhookReadTimeoutTests.SlowListenerConfiguration.class)
class WebhookReadTimeoutTests {

    private static final String PATH = "/siglume/webhook";

    @LocalServerPort
    int port;

    @Autowired
    PaymentsListener listener;

    @Autowired
    ParentRecorder parents;

    @TestConfiguration(proxyBeanMethods = false)
    static class SlowListenerConfiguration {

        @Bean
        SlowListener slowListener() {
            return new SlowListener();
        }

        @Bean
        ParentRecorder parentRecorder() {
            return new ParentRecorder();
        }
    }

    /** Notes the parent of each webhook processing observation, by name. */
    static class ParentRecorder implements ObservationHandler<SiglumeWebhookObservationContext> {

        final List<String> parents = new CopyOnWriteArrayList<>();

        @Override
        public void onStart(SiglumeWebhookObservationContext context) {
            ObservationView parent = context.getParentObservation();
            parents.add(parent == null ? "none" : parent.getContextView().getName());
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return context instanceof SiglumeWebhookObservationContext;
        }
    }

    /** Takes longer than the read timeout for events whose id starts with {@code evt_slow_}. */
    static class SlowListener {

        @SiglumePaymentListener(eventTypes = "direct_payment.spent")
        void spent(WebhookEvent event) throws InterruptedException {
            if (event.id().startsWith("evt_slow_")) {
                Thread.sleep(2500);
            }
        }
    }

    @Test
    void anIncompleteBodyIsAnswered408AndTheConnectionClosed() throws Exception {
        byte[] body = TestWebhooks.standardSettled("evt_" + UUID.randomUUID());
        try (Socket socket = open()) {
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(head("Content-Length: " + body.length, TestWebhooks.sign(body)));
            out.write(body, 0, body.length / 2);
            out.flush();
            String answer = RawHttp.readUntilClosed(socket);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(answer.toLowerCase(Locale.ROOT)).contains("connection: close")
                    .contains("content-type: application/json");
            assertThat(answer).contains("{\"error\":{\"code\":\"request_timeout\",\"message\":");
            // the deadline is 1s; the container checks it about once a second
            assertThat(elapsed).isBetween(900L, 5000L);
        }
    }

    @Test
    void anIncompleteChunkedBodyIsAnswered408() throws Exception {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("Transfer-Encoding: chunked", "t=1,v1=00"));
            out.write("5\r\n{\"id\"\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = RawHttp.readUntilClosed(socket);
            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(answer).contains("\"code\":\"request_timeout\"");
        }
    }

    @Test
    void aBodyArrivingInPiecesWithinTheTimeoutIsProcessedFromItsExactBytes() throws Exception {
        String id = "evt_" + UUID.randomUUID();
        byte[] body = TestWebhooks.standardSettled(id);
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("Content-Length: " + body.length, TestWebhooks.sign(body)));
            int third = body.length / 3;
            for (int[] piece : new int[][] {{0, third}, {third, 2 * third}, {2 * third, body.length}}) {
                out.write(Arrays.copyOfRange(body, piece[0], piece[1]));
                out.flush();
                Thread.sleep(150);
            }
            String answer = RawHttp.readUntilClosed(socket);
            assertThat(answer).startsWith("HTTP/1.1 200");
            assertThat(answer).contains("\"outcome\":\"processed\"");
        }
        assertThat(listener.calls(id)).isEqualTo(1);
        // processed in the dispatch that completes the request, so inside its server observation
        assertThat(parents.parents).isNotEmpty().allMatch("http.server.requests"::equals);
    }

    @Test
    void processingLongerThanTheReadTimeoutIsAnsweredNormally() throws Exception {
        byte[] body = TestWebhooks.spent("evt_slow_" + UUID.randomUUID());
        try (Socket socket = open()) {
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(head("Content-Length: " + body.length, TestWebhooks.sign(body)));
            out.write(body);
            out.flush();
            String answer = RawHttp.readUntilClosed(socket);
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(2500);
            assertThat(answer).startsWith("HTTP/1.1 200");
            assertThat(answer).contains("\"outcome\":\"processed\"");
        }
    }

    private Socket open() throws IOException {
        return RawHttp.open(port, 15_000);
    }

    private static byte[] head(String lengthHeader, String signature) {
        // Connection: close, so every answer ends with the connection and can be read to its end.
        return RawHttp.postHead(PATH, "Connection: close\r\n" + lengthHeader, signature);
    }
}
