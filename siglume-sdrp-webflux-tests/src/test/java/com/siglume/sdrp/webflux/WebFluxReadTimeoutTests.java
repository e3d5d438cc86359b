package com.siglume.sdrp.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.RawHttp;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.webflux.ReactiveShopApplication.PaymentsListener;
import java.io.OutputStream;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The body read deadline on WebFlux with {@code siglume.webhook.read-timeout=1s}: a body still
 * incomplete then is answered 408 with {@code Connection: close}, with or without
 * {@code Content-Length}, and a body arriving in pieces within it is processed.
 */
@SpringBootTest(classes = ReactiveShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.read-timeout=1s",
                "spring.r2dbc.generate-unique-name=true"})
class WebFluxReadTimeoutTests {

    private static final String PATH = "/siglume/webhook";

    @LocalServerPort
    int port;

    @Autowired
    PaymentsListener listener;

    @Test
    void aStalledBodyWithContentLengthIsAnswered408AndClosed() throws Exception {
        byte[] body = TestWebhooks.standardSettled(WebFluxWebhookEndpointTests.newEventId());
        try (Socket socket = RawHttp.open(port, 10_000)) {
            OutputStream out = socket.getOutputStream();
            out.write(RawHttp.postHead(PATH, "Content-Length: " + body.length, TestWebhooks.sign(body)));
            out.write(body, 0, body.length / 2);
            out.flush();
            long start = System.nanoTime();
            String answer = RawHttp.readUntilClosed(socket);
            assertThat(answer).startsWith("HTTP/1.1 408").containsIgnoringCase("connection: close")
                    .contains("\"request_timeout\"");
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(500L, 8_000L);
        }
    }

    @Test
    void aStalledChunkedBodyIsAnswered408() throws Exception {
        byte[] body = TestWebhooks.standardSettled(WebFluxWebhookEndpointTests.newEventId());
        try (Socket socket = RawHttp.open(port, 10_000)) {
            OutputStream out = socket.getOutputStream();
            out.write(RawHttp.postHead(PATH, "Transfer-Encoding: chunked", TestWebhooks.sign(body)));
            out.write((Integer.toHexString(10) + "\r\n").getBytes());
            out.write(body, 0, 10);
            out.write("\r\n".getBytes());
            out.flush();
            assertThat(RawHttp.readUntilClosed(socket)).startsWith("HTTP/1.1 408");
        }
    }

    @Test
    void aBodyArrivingInPiecesWithinTheDeadlineIsProcessedFromItsExactBytes() throws Exception {
        String id = WebFluxWebhookEndpointTests.newEventId();
        byte[] body = TestWebhooks.standardSettled(id);
        try (Socket socket = RawHttp.open(port, 10_000)) {
            OutputStream out = socket.getOutputStream();
            out.write(RawHttp.postHead(PATH, "Content-Length: " + body.length + "\r\nConnection: close",
                    TestWebhooks.sign(body)));
            int half = body.length / 2;
            out.write(body, 0, half);
            out.flush();
            Thread.sleep(300);
            out.write(body, half, body.length - half);
            out.flush();
            assertThat(RawHttp.readUntilClosed(socket)).startsWith("HTTP/1.1 200").contains("\"processed\"");
        }
        assertThat(listener.calls(id)).isEqualTo(1);
    }
}
