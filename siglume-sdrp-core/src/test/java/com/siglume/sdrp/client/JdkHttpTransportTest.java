package com.siglume.sdrp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.client.transport.JdkHttpTransport;
import com.siglume.sdrp.client.transport.SiglumeHttpRequest;
import com.siglume.sdrp.client.transport.SiglumeHttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the request timeout bounds with the default transport, against a raw socket server that
 * can stop sending at any byte: the whole attempt, from sending the request to the end of the
 * body, JSON and streamed answers alike, with no thread watching the deadline.
 */
class JdkHttpTransportTest {

    private static final Duration TIMEOUT = Duration.ofMillis(600);
    /** How late past the timeout a cut-off may come on a loaded build machine. */
    private static final long MARGIN_MILLIS = 1_000;
    /** Far above the timeout, and well below the stall, so a hang cannot pass for a timeout. */
    private static final long BOUND_MILLIS = 5_000;
    private static final long STALL_MILLIS = 20_000;

    private StallingServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static SiglumeHttpRequest get(String url, String accept) {
        return new SiglumeHttpRequest("GET", URI.create(url), Map.of("Accept", accept), null, TIMEOUT);
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    void headThatNeverArrivesIsCutOffAtTheTimeout() {
        server = StallingServer.start("");

        long start = System.nanoTime();
        assertThatThrownBy(() -> new JdkHttpTransport().send(get(server.url(), "application/json")))
                .isInstanceOf(HttpTimeoutException.class);

        assertThat(millisSince(start)).isGreaterThanOrEqualTo(TIMEOUT.toMillis() - 50)
                .isLessThan(TIMEOUT.toMillis() + MARGIN_MILLIS);
    }

    @Test
    void jsonBodyThatStallsAfterTheHeadIsCutOffAtTheTimeout() throws Exception {
        server = StallingServer.start("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n"
                + "{\"data\":{\"merchant\":");

        long start = System.nanoTime();
        try (SiglumeHttpResponse response = new JdkHttpTransport().send(get(server.url(), "application/json"))) {
            assertThat(response.status()).isEqualTo(200);
            assertThatThrownBy(() -> response.body().readAllBytes())
                    .isInstanceOf(HttpTimeoutException.class)
                    .hasMessageContaining("600 ms");
        }
        assertThat(millisSince(start)).isGreaterThanOrEqualTo(TIMEOUT.toMillis() - 50)
                .isLessThan(TIMEOUT.toMillis() + MARGIN_MILLIS);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void stalledBodyFailsTheClientCallWithinTheTimeoutAndNoWatcherThreadExists() {
        server = StallingServer.start("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n"
                + "{\"data\":");
        SiglumeMerchantClient client = SiglumeMerchantClient.builder().baseUrl(server.url() + "v1")
                .environment(name -> null).token("merchant_token_for_stall_test").timeout(TIMEOUT).maxRetries(0)
                .build();

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.getMerchant("my-shop"))
                .isInstanceOfSatisfying(SiglumeTransportException.class, e -> {
                    assertThat(e.isTimeout()).isTrue();
                    assertThat(e.getCause()).isInstanceOf(HttpTimeoutException.class);
                });

        assertThat(millisSince(start)).isGreaterThanOrEqualTo(TIMEOUT.toMillis() - 50)
                .isLessThan(TIMEOUT.toMillis() + MARGIN_MILLIS);
        // The deadline is checked by the waiting thread itself; nothing polls in the background.
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("deadline"));
    }

    @Test
    void stalledJsonPostIsCutOffAtTheTimeoutAndSentOnce() throws Exception {
        server = StallingServer.start("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n"
                + "{\"data\":");
        SiglumeHttpRequest post = new SiglumeHttpRequest("POST", URI.create(server.url()),
                Map.of("Accept", "application/json", "Content-Type", "application/json"),
                "{}".getBytes(StandardCharsets.UTF_8), TIMEOUT);

        long start = System.nanoTime();
        try (SiglumeHttpResponse response = new JdkHttpTransport().send(post)) {
            assertThatThrownBy(() -> response.body().readAllBytes()).isInstanceOf(HttpTimeoutException.class);
        }

        assertThat(millisSince(start)).isLessThan(TIMEOUT.toMillis() + MARGIN_MILLIS);
        assertThat(server.connections()).isEqualTo(1);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void callerInterruptIsReportedAsInterruptedIoWithTheFlagKept() throws Exception {
        server = StallingServer.start("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n"
                + "{\"data\":");
        SiglumeHttpRequest slow = new SiglumeHttpRequest("GET", URI.create(server.url()),
                Map.of("Accept", "application/json"), null, Duration.ofSeconds(30));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean flagAfter = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try (SiglumeHttpResponse response = new JdkHttpTransport().send(slow)) {
                response.body().readAllBytes();
            } catch (Throwable e) {
                failure.set(e);
            }
            flagAfter.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        while (server.connections() == 0) {
            Thread.onSpinWait();
        }
        Thread.sleep(100);
        caller.interrupt();
        caller.join(BOUND_MILLIS);

        assertThat(caller.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(InterruptedIOException.class);
        assertThat(flagAfter.get()).isTrue();
    }

    @Test
    void chunkedJsonBodyThatStallsIsCutOffToo() throws Exception {
        server = StallingServer.start("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n8\r\n{\"data\":\r\n");

        long start = System.nanoTime();
        try (SiglumeHttpResponse response = new JdkHttpTransport().send(get(server.url(), "application/json"))) {
            assertThatThrownBy(() -> response.body().readAllBytes()).isInstanceOf(HttpTimeoutException.class);
        }

        assertThat(millisSince(start)).isLessThan(TIMEOUT.toMillis() + MARGIN_MILLIS);
    }

    @Test
    void merchantClientRetriesAStalledBodyAsATimeoutWithinItsBudget() {
        server = StallingServer.start("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n"
                + "{\"data\":");
        SiglumeMerchantClient client = SiglumeMerchantClient.builder().baseUrl(server.url() + "v1")
                .environment(name -> null).token("merchant_token_for_stall_test").timeout(TIMEOUT)
                .retryPolicy(RetryPolicy.DEFAULT.withMaxRetries(2).withBackoff(Duration.ofMillis(10),
                        Duration.ofMillis(10), 1.0))
                .build();

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.getMerchant("my-shop"))
                .isInstanceOfSatisfying(SiglumeTransportException.class, e -> {
                    assertThat(e.isTimeout()).isTrue();
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.getCause()).isInstanceOf(HttpTimeoutException.class);
                    assertThat(e.getMessage()).doesNotContain("merchant_token_for_stall_test");
                });
        long elapsed = millisSince(start);

        // Three attempts of at most one timeout each, plus two short waits.
        assertThat(server.connections()).isEqualTo(3);
        assertThat(elapsed).isGreaterThanOrEqualTo(3 * TIMEOUT.toMillis() - 150).isLessThan(3 * BOUND_MILLIS);
    }

    @Test
    void streamedBodyReadsWhatArrivedThenTimesOutWhenTheServerStopsSending() throws Exception {
        server = StallingServer.start("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: 4096\r\n\r\n"
                + "usage_event_id,amount\nue_1,0.2\n");

        long start = System.nanoTime();
        try (SiglumeHttpResponse response = new JdkHttpTransport().send(get(server.url(), "text/csv, application/json"));
                InputStream body = response.body()) {
            byte[] buffer = new byte[4096];
            int read = body.read(buffer);
            assertThat(new String(buffer, 0, read, StandardCharsets.UTF_8)).startsWith("usage_event_id");

            assertThatThrownBy(() -> readToEnd(body)).isInstanceOf(HttpTimeoutException.class)
                    .hasMessageContaining("600 ms");
        }
        assertThat(millisSince(start)).isGreaterThanOrEqualTo(TIMEOUT.toMillis() - 50)
                .isLessThan(TIMEOUT.toMillis() + MARGIN_MILLIS);
    }

    @Test
    void bodyThatKeepsTricklingIsCutOffWhenTheAttemptsTimeIsUp() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add("ue_" + i + ",0.2\n");
        }
        String csv = String.join("", rows);
        server = StallingServer.slow("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: " + csv.length()
                + "\r\n\r\n", rows, 200);

        long start = System.nanoTime();
        try (SiglumeHttpResponse response = new JdkHttpTransport().send(get(server.url(), "text/csv"))) {
            // Data every 200 ms, 2 s in total: never a long pause, yet longer than the 600 ms attempt.
            assertThatThrownBy(() -> response.body().readAllBytes()).isInstanceOf(HttpTimeoutException.class);
        }
        assertThat(millisSince(start)).isGreaterThanOrEqualTo(TIMEOUT.toMillis() - 50)
                .isLessThan(TIMEOUT.toMillis() + MARGIN_MILLIS);
    }

    @Test
    void completeAnswerIsReadWhole() throws Exception {
        String json = "{\"data\":{\"merchant\":\"my-shop\"}}";
        server = StallingServer.complete("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + json.length() + "\r\n\r\n" + json);

        try (SiglumeHttpResponse response = new JdkHttpTransport().send(get(server.url(), "application/json"))) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("content-type")).contains("application/json");
            assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(json);
            assertThat(response.body().read()).isEqualTo(-1);
        }
    }

    @Test
    void largeBodyArrivesByteForByte() throws Exception {
        String csv = "ue,0.2\n".repeat(200_000);
        server = StallingServer.complete("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: "
                + csv.length() + "\r\n\r\n" + csv);

        try (SiglumeHttpResponse response = new JdkHttpTransport().send(new SiglumeHttpRequest("GET",
                URI.create(server.url()), Map.of("Accept", "text/csv"), null, Duration.ofSeconds(30)))) {
            assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csv);
        }
    }

    private static void readToEnd(InputStream body) throws IOException {
        byte[] buffer = new byte[4096];
        while (body.read(buffer) >= 0) {
            // keep reading until the stream ends or fails
        }
    }

    /**
     * A loopback server that writes a fixed response prefix on every connection, then either
     * stalls with the connection open, writes further parts slowly, or closes.
     */
    private static final class StallingServer implements AutoCloseable {

        private final ServerSocket socket;
        private final ExecutorService pool = Executors.newCachedThreadPool();
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();
        private final AtomicInteger connections = new AtomicInteger();

        private StallingServer(String prefix, List<String> parts, long pauseMillis, boolean stall) {
            try {
                socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            pool.execute(() -> acceptLoop(prefix, parts, pauseMillis, stall));
        }

        static StallingServer start(String prefix) {
            return new StallingServer(prefix, List.of(), 0, true);
        }

        static StallingServer slow(String head, List<String> parts, long pauseMillis) {
            return new StallingServer(head, parts, pauseMillis, false);
        }

        static StallingServer complete(String response) {
            return new StallingServer(response, List.of(), 0, false);
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/";
        }

        int connections() {
            return connections.get();
        }

        private void acceptLoop(String prefix, List<String> parts, long pauseMillis, boolean stall) {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    accepted.add(connection);
                    connections.incrementAndGet();
                    pool.execute(() -> answer(connection, prefix, parts, pauseMillis, stall));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private static void answer(Socket connection, String prefix, List<String> parts, long pauseMillis,
                boolean stall) {
            try (connection) {
                readHead(connection.getInputStream());
                OutputStream out = connection.getOutputStream();
                out.write(prefix.getBytes(StandardCharsets.UTF_8));
                out.flush();
                for (String part : parts) {
                    Thread.sleep(pauseMillis);
                    out.write(part.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                if (stall) {
                    Thread.sleep(STALL_MILLIS);
                } else {
                    // Let the client read everything before the connection goes away.
                    connection.shutdownOutput();
                    connection.getInputStream().read();
                }
            } catch (IOException | InterruptedException ended) {
                // The client gave up or the server is closing: both end this connection.
            }
        }

        private static void readHead(InputStream in) throws IOException {
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            int b;
            while (matched < end.length && (b = in.read()) >= 0) {
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket connection : accepted) {
                connection.close();
            }
            pool.shutdownNow();
        }
    }
}
