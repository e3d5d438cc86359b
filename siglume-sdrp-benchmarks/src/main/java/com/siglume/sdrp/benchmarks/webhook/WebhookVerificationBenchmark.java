package com.siglume.sdrp.benchmarks.webhook;

import com.siglume.sdrp.benchmarks.BenchmarkEvents;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.PaymentConfirmations;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.webhook.WebhookSignatures;
import com.siglume.sdrp.webhook.WebhookVerifier;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * B1: what it costs to accept one signed webhook delivery, from raw bytes and header to a result
 * the application can act on.
 *
 * <ul>
 *   <li>{@link #siglumeVerifyAndClassify}: {@code WebhookVerifier.verify(rawBody, header)} then
 *       {@code PaymentConfirmations.classify(event)}, on a {@code direct_payment.confirmed} event;</li>
 *   <li>{@link #stripeConstructEvent}: stripe-java's {@code Webhook.constructEvent} on a
 *       Stripe-shaped event of the same size, signed as Stripe signs ({@code t=...,v1=} HMAC-SHA256
 *       over {@code "<t>." + payload});</li>
 *   <li>{@link #floorHmacAndTreeParse}: the least any correct implementation must do: one
 *       HMAC-SHA256 over {@code "<t>." + bytes} with a {@code Mac} reused by the thread, and one
 *       Jackson tree parse of the bytes.</li>
 * </ul>
 * Every delivery is checked against a fixed clock at the signing time, so it stays valid however
 * long the run. The setup verifies each input once, so a benchmark never measures a refusal.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class WebhookVerificationBenchmark {

    private static final String SECRET = "whsec_benchmark_3f9c1a7e5b2d4c6f8a0e1b3d5f7a9c2e";
    private static final long TIMESTAMP = 1_781_136_000L;
    private static final Clock FIXED_CLOCK = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP), ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Exact body size in bytes: about 0.5 KB, 4 KB and 64 KB. */
    @Param({"512", "4096", "65536"})
    public int size;

    private WebhookVerifier verifier;
    private byte[] siglumeBody;
    private String siglumeHeader;

    private String stripePayload;
    private String stripeHeader;

    private Mac floorMac;
    private byte[] floorPrefix;
    private final byte[] floorDigest = new byte[32];

    /**
     * Builds and signs the three inputs, and checks that each is accepted.
     *
     * @throws Exception when an input does not verify, which would make the run meaningless
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        verifier = WebhookVerifier.builder().secret(SECRET).clock(FIXED_CLOCK).build();
        siglumeBody = BenchmarkEvents.siglumeConfirmed(1, size);
        siglumeHeader = WebhookSignatures.header(SECRET, siglumeBody, TIMESTAMP);
        if (!(siglumeVerifyAndClassify() instanceof StandardSettled)) {
            throw new IllegalStateException("the Siglume event does not classify as standard_settled");
        }

        stripePayload = BenchmarkEvents.stripePaymentSucceeded(1, size);
        stripeHeader = "t=" + TIMESTAMP + ",v1=" + HexFormat.of().formatHex(
                hmac((TIMESTAMP + "." + stripePayload).getBytes(StandardCharsets.UTF_8)));
        if (!"payment_intent.succeeded".equals(stripeConstructEvent().getType())) {
            throw new IllegalStateException("the Stripe event was not constructed");
        }

        floorMac = Mac.getInstance("HmacSHA256");
        floorMac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        floorPrefix = (TIMESTAMP + ".").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The SDK: verify the delivery, then classify the event.
     *
     * @return the classification, consumed by JMH
     */
    @Benchmark
    public PaymentConfirmation siglumeVerifyAndClassify() {
        return PaymentConfirmations.classify(verifier.verify(siglumeBody, siglumeHeader).event());
    }

    /**
     * stripe-java: {@code constructEvent} with the default tolerance and a fixed clock (the
     * three-argument form delegates to this one with the system clock).
     *
     * @return the event, consumed by JMH
     * @throws SignatureVerificationException never, the setup checked the signature
     */
    @Benchmark
    public Event stripeConstructEvent() throws SignatureVerificationException {
        return Webhook.constructEvent(stripePayload, stripeHeader, SECRET, Webhook.DEFAULT_TOLERANCE, FIXED_CLOCK);
    }

    /**
     * The floor: one HMAC-SHA256 and one Jackson tree parse of the same bytes.
     *
     * @param blackhole consumes the digest and the tree
     * @throws ShortBufferException never, the digest buffer has 32 bytes
     */
    @Benchmark
    public void floorHmacAndTreeParse(Blackhole blackhole) throws ShortBufferException {
        floorMac.update(floorPrefix);
        floorMac.update(siglumeBody);
        floorMac.doFinal(floorDigest, 0);
        blackhole.consume(floorDigest);
        JsonNode tree = JSON.readTree(siglumeBody);
        blackhole.consume(tree);
    }

    private static byte[] hmac(byte[] message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(message);
    }
}
