package com.siglume.sdrp.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.client.transport.JdkHttpTransport;
import com.siglume.sdrp.client.RetryPolicy;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeInvalidResponseException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.sandbox.ApiFault;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's merchant client against the sandbox's fault knobs, with the default JDK transport:
 * 429 with Retry-After, 503 bursts, stalls past the timeout, reset connections and invalid JSON.
 * Each case checks the attempts the sandbox saw (faults it used up) and the client sent, the
 * typed error, and an upper bound on the total time that is generous for a loaded CI machine.
 */
class MerchantClientFaultsTest {

    private static final Duration TIMEOUT = Duration.ofMillis(800);
    private static final int MAX_RETRIES = 2;
    /** Far above what any case needs, far below what an unbounded wait would take. */
    private static final long BOUND_MILLIS = 15_000;

    private SiglumeSandbox sandbox;
    private SiglumeMerchantClient client;
    private final AtomicInteger attempts = new AtomicInteger();
    private long startNanos;

    @BeforeEach
    void start() {
        sandbox = SiglumeSandbox.builder().port(0).build().start();
        JdkHttpTransport transport = new JdkHttpTransport();
        client = SiglumeMerchantClient.builder().baseUrl(sandbox.apiBase()).token(sandbox.merchantAuthToken())
                .timeout(TIMEOUT)
                .retryPolicy(RetryPolicy.DEFAULT.withMaxRetries(MAX_RETRIES)
                        .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200), 2.0))
                .transport(request -> {
                    attempts.incrementAndGet();
                    return transport.send(request);
                })
                .build();
        startNanos = System.nanoTime();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CheckoutSessionRequest order(String nonce) {
        return CheckoutSessionRequest.builder().merchant(sandbox.merchant()).amountMinor(1200).currency("JPY")
                .nonce(nonce).successUrl("http://localhost:3000/success").cancelUrl("http://localhost:3000/cancel")
                .metadata(Map.of("order_id", "order_123")).build();
    }

    /** Faults the sandbox used up: each one answered one request. */
    private int faultsSeen(int injected) {
        return injected - sandbox.pendingApiFaults().size();
    }

    private long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Test
    void rateLimitIsRetriedAfterRetryAfterThenSucceeds() {
        sandbox.injectApiFaults(ApiFault.rateLimited(Duration.ofSeconds(1)), 2);

        assertThat(client.getMerchantReadiness(sandbox.merchant()).ready()).isTrue();

        long elapsed = elapsedMillis();
        print("429 with Retry-After: 1 x2", 2, "success");
        assertThat(faultsSeen(2)).isEqualTo(2);
        assertThat(attempts.get()).isEqualTo(3);
        assertThat(elapsed).as("two Retry-After waits of 1 s").isGreaterThanOrEqualTo(2_000).isLessThan(BOUND_MILLIS);
    }

    @Test
    void rateLimitBeyondTheRetriesIsThe429Error() {
        sandbox.injectApiFaults(ApiFault.rateLimited(Duration.ZERO), 5);

        assertThatThrownBy(() -> client.getMerchantReadiness(sandbox.merchant()))
                .isInstanceOfSatisfying(SiglumeApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.code()).isEqualTo("RATE_LIMITED");
                    assertThat(e.isRetryable()).isTrue();
                });

        print("429 burst of 5", 5, "SiglumeRateLimitException 429 RATE_LIMITED");
        assertThat(faultsSeen(5)).isEqualTo(MAX_RETRIES + 1);
        assertThat(attempts.get()).isEqualTo(MAX_RETRIES + 1);
        assertThat(elapsedMillis()).isLessThan(BOUND_MILLIS);
    }

    @Test
    void serviceUnavailableBurstWithinTheRetriesSucceeds() {
        sandbox.injectApiFaults(ApiFault.unavailable(), 2);

        CreatedCheckoutSession created = client.createCheckoutSession(order("order_503_attempt_1"));

        print("503 burst of 2", 2, "success");
        assertThat(created.sessionId()).isNotBlank();
        assertThat(faultsSeen(2)).isEqualTo(2);
        assertThat(attempts.get()).isEqualTo(3);
        assertThat(elapsedMillis()).isLessThan(BOUND_MILLIS);
    }

    @Test
    void serviceUnavailableBurstBeyondTheRetriesIsThe503Error() {
        sandbox.injectApiFaults(ApiFault.unavailable(), 6);

        assertThatThrownBy(() -> client.getMerchant(sandbox.merchant()))
                .isInstanceOfSatisfying(SiglumeApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo("SERVICE_UNAVAILABLE");
                });

        print("503 burst of 6", 6, "SiglumeServerException 503 SERVICE_UNAVAILABLE");
        assertThat(faultsSeen(6)).isEqualTo(MAX_RETRIES + 1);
        assertThat(sandbox.pendingApiFaults()).hasSize(6 - (MAX_RETRIES + 1));
        assertThat(attempts.get()).isEqualTo(MAX_RETRIES + 1);
        assertThat(elapsedMillis()).isLessThan(BOUND_MILLIS);
    }

    @Test
    void stallsPastTheTimeoutAreTimeoutsWithinABoundedTime() {
        sandbox.injectApiFaults(ApiFault.stall(Duration.ofSeconds(5)), 3);

        assertThatThrownBy(() -> client.getMerchant(sandbox.merchant()))
                .isInstanceOfSatisfying(SiglumeTransportException.class, e -> {
                    assertThat(e.isTimeout()).isTrue();
                    assertThat(e.attempts()).isEqualTo(MAX_RETRIES + 1);
                    assertThat(e.getCause()).isInstanceOf(HttpTimeoutException.class);
                });

        long elapsed = elapsedMillis();
        print("stall of 5 s x3 (timeout 800 ms)", 3, "SiglumeTransportException timeout");
        assertThat(faultsSeen(3)).isEqualTo(MAX_RETRIES + 1);
        assertThat(attempts.get()).isEqualTo(MAX_RETRIES + 1);
        // Three attempts of one timeout each plus short backoffs; never the 15 s of three stalls.
        assertThat(elapsed).isGreaterThanOrEqualTo(3 * TIMEOUT.toMillis() - 100).isLessThan(BOUND_MILLIS);
    }

    @Test
    void oneStallThenAnAnswerSucceedsOnTheRetry() {
        sandbox.injectApiFaults(ApiFault.stall(Duration.ofSeconds(5)), 1);

        assertThat(client.getMerchantReadiness(sandbox.merchant()).ready()).isTrue();

        print("stall of 5 s x1", 1, "success");
        assertThat(faultsSeen(1)).isEqualTo(1);
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(elapsedMillis()).isLessThan(BOUND_MILLIS);
    }

    @Test
    void resetConnectionsAreRetriedThenReportedAsTransportFailures() {
        sandbox.injectApiFaults(ApiFault.resetConnection(), 1);
        CreatedCheckoutSession created = client.createCheckoutSession(order("order_reset_attempt_1"));
        assertThat(created.sessionId()).isNotBlank();
        assertThat(faultsSeen(1)).isEqualTo(1);
        assertThat(attempts.get()).isEqualTo(2);
        print("reset x1", 1, "success");

        attempts.set(0);
        sandbox.injectApiFaults(ApiFault.resetConnection(), 4);
        assertThatThrownBy(() -> client.createCheckoutSession(order("order_reset_attempt_2")))
                .isInstanceOfSatisfying(SiglumeTransportException.class, e -> {
                    assertThat(e.isTimeout()).isFalse();
                    assertThat(e.attempts()).isEqualTo(MAX_RETRIES + 1);
                    assertThat(e.getMessage()).doesNotContain(sandbox.merchantAuthToken());
                });

        print("reset x4", 4, "SiglumeTransportException");
        // A POST is never resent by HttpClient itself: one reset per attempt.
        assertThat(faultsSeen(4)).isEqualTo(MAX_RETRIES + 1);
        assertThat(attempts.get()).isEqualTo(MAX_RETRIES + 1);
        assertThat(elapsedMillis()).isLessThan(BOUND_MILLIS);
    }

    @Test
    void invalidJsonIsATypedErrorAndNeverRetried() {
        sandbox.injectApiFaults(ApiFault.invalidJson(), 3);

        assertThatThrownBy(() -> client.getMerchantReadiness(sandbox.merchant()))
                .isInstanceOfSatisfying(SiglumeInvalidResponseException.class, e -> {
                    // The sandbox sends the broken body with status 200; the exception keeps it.
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.code()).isEqualTo(SiglumeApiException.INVALID_JSON_RESPONSE);
                    assertThat(e.getMessage()).doesNotContain(sandbox.merchantAuthToken());
                });

        print("invalid JSON x3", 3, "SiglumeInvalidResponseException 200 INVALID_JSON_RESPONSE");
        assertThat(faultsSeen(3)).isEqualTo(1);
        assertThat(attempts.get()).isEqualTo(1);
        assertThat(elapsedMillis()).isLessThan(BOUND_MILLIS);
    }

    @Test
    void mixedFaultsWithEnoughRetriesEndInOneSession() {
        SiglumeMerchantClient patient = SiglumeMerchantClient.builder().baseUrl(sandbox.apiBase())
                .token(sandbox.merchantAuthToken()).timeout(TIMEOUT)
                .retryPolicy(RetryPolicy.DEFAULT.withMaxRetries(4).withBackoff(Duration.ofMillis(50),
                        Duration.ofMillis(200), 2.0))
                .transport(request -> {
                    attempts.incrementAndGet();
                    return new JdkHttpTransport().send(request);
                })
                .build();
        sandbox.injectApiFaults(ApiFault.rateLimited(Duration.ZERO), 1);
        sandbox.injectApiFaults(ApiFault.unavailable(), 1);
        sandbox.injectApiFaults(ApiFault.stall(Duration.ofSeconds(3)), 1);
        sandbox.injectApiFaults(ApiFault.resetConnection(), 1);

        CreatedCheckoutSession created = patient.createCheckoutSession(order("order_mixed_attempt_1"));

        print("429, 503, stall, reset", 4, "success");
        assertThat(faultsSeen(4)).isEqualTo(4);
        assertThat(attempts.get()).isEqualTo(5);
        // The stalled attempt may still have created the session; the nonce makes the retry the same one.
        assertThat(sandbox.session(created.sessionId())).isPresent();
        assertThat(elapsedMillis()).isLessThan(BOUND_MILLIS);
    }

    private void print(String fault, int injected, String result) {
        System.out.printf("[reliability] client fault %s: faults the sandbox answered=%d, client attempts=%d,"
                + " result=%s, %d ms%n", fault, faultsSeen(injected), attempts.get(), result, elapsedMillis());
    }
}
