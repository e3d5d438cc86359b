package com.siglume.sdrp.spring.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * {@code siglume.client.timeout} means the same with the RestClient transport as with the JDK
 * one: the whole attempt, head and body. A server that sends the head and then stops sending
 * fails the call within the timeout, whichever request factory the RestClient uses.
 */
class RestClientStalledBodyTests {

    private static final Duration TIMEOUT = Duration.ofMillis(600);
    /** How late past the timeout a cut-off may come on a loaded build machine. */
    private static final long MARGIN_MILLIS = 1_000;

    private ServerSocket socket;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::acceptLoop);
    }

    @AfterEach
    void stop() throws IOException {
        socket.close();
        for (Socket connection : accepted) {
            connection.close();
        }
        pool.shutdownNow();
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    @Test
    void autoConfiguredTransportCutsAStalledBodyOffAtTheTimeout() {
        new ApplicationContextRunner()
                .withConfiguration(StarterAutoConfigurations.of(HttpClientAutoConfiguration.class,
                        RestClientAutoConfiguration.class))
                .withPropertyValues("siglume.merchant-auth-token=merchant_token_stall", "siglume.api-base=" + baseUrl(),
                        "siglume.client.max-retries=0", "siglume.client.timeout=" + TIMEOUT.toMillis() + "ms")
                .run(context -> assertTimesOutInTime(context.getBean(SiglumeMerchantClient.class)));
    }

    @Test
    void transportOnASocketReadTimeoutFactoryCutsAStalledBodyOffAtTheTimeout() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setReadTimeout(TIMEOUT);
        RestClientSiglumeTransport transport = new RestClientSiglumeTransport(
                RestClient.builder().requestFactory(factory).build());

        assertTimesOutInTime(SiglumeMerchantClient.builder().environment(name -> null).baseUrl(baseUrl())
                .token("merchant_token_stall").timeout(TIMEOUT).maxRetries(0).transport(transport).build());
    }

    private static void assertTimesOutInTime(SiglumeMerchantClient client) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> client.getMerchant("my-shop"))
                .isInstanceOfSatisfying(SiglumeTransportException.class, e -> assertThat(e.isTimeout()).isTrue());
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(elapsed).isGreaterThanOrEqualTo(TIMEOUT.toMillis() - 50)
                .isLessThan(TIMEOUT.toMillis() + MARGIN_MILLIS);
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("deadline"));
    }

    /** Answers every connection with a head and the start of a body, then sends nothing more. */
    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                accepted.add(connection);
                pool.execute(() -> stall(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void stall(Socket connection) {
        try (connection) {
            InputStream in = connection.getInputStream();
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            int b;
            while (matched < end.length && (b = in.read()) >= 0) {
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            OutputStream out = connection.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n{\"data\":")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(20_000);
        } catch (IOException | InterruptedException ended) {
            // The client gave up or the test is over: both end this connection.
        }
    }
}
