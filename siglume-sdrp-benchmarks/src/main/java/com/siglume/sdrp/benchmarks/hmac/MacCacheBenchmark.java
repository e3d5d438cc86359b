package com.siglume.sdrp.benchmarks.hmac;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How to get a {@code Mac} (and a SHA-256 {@code MessageDigest}) for one signature: a per-thread
 * cache, a new instance from the provider each call, or a clone of a prototype made once.
 *
 * <p>Each operation signs one webhook-sized message (1 KiB) with HMAC-SHA256, or hashes one with
 * SHA-256. With {@code threads=platform} the operations run on JMH's own thread, which lives for
 * the whole run, as a pooled request thread does. With {@code threads=virtual} every operation
 * runs on a new virtual thread, as every request does under {@code spring.threads.virtual}: a
 * per-thread cache starts empty each time. The virtual threads are started {@value #BATCH} at a
 * time and awaited together, so the score per operation is not one thread hand-off's latency;
 * {@link #virtualThreadAlone} measures the new virtual thread with no work, to be subtracted from
 * the virtual figures. The variants:
 * <ul>
 *   <li>{@code macThreadLocal}: a {@code ThreadLocal<Mac>}, initialised with the key per call (the
 *       SDK's design before this benchmark);</li>
 *   <li>{@code macGetInstance}: {@code Mac.getInstance} and {@code init} per call;</li>
 *   <li>{@code macCloneUnkeyed}: a clone of an uninitialised prototype, then {@code init} (for a
 *       key known only at the call);</li>
 *   <li>{@code macCloneKeyed}: a clone of a prototype already initialised with the key (for a key
 *       known in advance, as a webhook verifier's secrets are);</li>
 *   <li>{@code sha256ThreadLocal}, {@code sha256GetInstance}, {@code sha256Clone}: the same
 *       choices for {@code MessageDigest}.</li>
 * </ul>
 * Virtual threads need Java 21 or later; the executor is looked up reflectively so the module
 * still compiles for Java 17.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
@OperationsPerInvocation(MacCacheBenchmark.BATCH)
public class MacCacheBenchmark {

    /** Operations per benchmark call: virtual threads started together. */
    static final int BATCH = 64;

    private static final String HMAC = "HmacSHA256";

    /** Where each operation runs: {@code platform} (one long-lived thread) or {@code virtual} (a new one each). */
    @Param({"platform", "virtual"})
    public String threads;

    private final byte[] key = "whsec_benchmark_signing_secret_0123456789".getBytes(StandardCharsets.UTF_8);
    private final byte[] message = new byte[1024];
    private final ThreadLocal<Mac> threadMac = ThreadLocal.withInitial(MacCacheBenchmark::newMac);
    private final ThreadLocal<MessageDigest> threadSha256 = ThreadLocal.withInitial(MacCacheBenchmark::newSha256);
    private SecretKeySpec keySpec;
    private Mac unkeyedPrototype;
    private Mac keyedPrototype;
    private MessageDigest sha256Prototype;
    private ExecutorService virtualThreads;

    /**
     * Builds the prototypes and, for {@code virtual}, the one-thread-per-task executor.
     *
     * @throws Exception when the JDK lacks HmacSHA256 or virtual threads
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Arrays.fill(message, (byte) 'a');
        keySpec = new SecretKeySpec(key, HMAC);
        unkeyedPrototype = newMac();
        keyedPrototype = newMac();
        keyedPrototype.init(keySpec);
        sha256Prototype = newSha256();
        if ("virtual".equals(threads)) {
            virtualThreads = newVirtualThreadPerTaskExecutor();
        }
        Mac reference = Mac.getInstance(HMAC);
        reference.init(keySpec);
        byte[] expected = reference.doFinal(message);
        // Every variant must compute the same signature, or the comparison is meaningless.
        for (byte[] signature : new byte[][] {macThreadLocal(), macGetInstance(), macCloneUnkeyed(), macCloneKeyed()}) {
            if (!Arrays.equals(expected, signature)) {
                throw new IllegalStateException("a variant signs differently");
            }
        }
    }

    /** Stops the executor. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (virtualThreads != null) {
            virtualThreads.shutdown();
        }
    }

    /**
     * A new virtual thread (or, for {@code platform}, a direct call) with no work.
     *
     * @return a constant
     * @throws Exception when the task fails
     */
    @Benchmark
    public Object virtualThreadAlone() throws Exception {
        return run(() -> message);
    }

    /**
     * Per-thread {@code Mac}, keyed per call.
     *
     * @return the signature
     * @throws Exception when signing fails
     */
    @Benchmark
    public byte[] macThreadLocal() throws Exception {
        return run(() -> {
            Mac mac = threadMac.get();
            mac.init(keySpec);
            return mac.doFinal(message);
        });
    }

    /**
     * {@code Mac.getInstance} per call.
     *
     * @return the signature
     * @throws Exception when signing fails
     */
    @Benchmark
    public byte[] macGetInstance() throws Exception {
        return run(() -> {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(keySpec);
            return mac.doFinal(message);
        });
    }

    /**
     * Clone of an unkeyed prototype, keyed per call.
     *
     * @return the signature
     * @throws Exception when signing fails
     */
    @Benchmark
    public byte[] macCloneUnkeyed() throws Exception {
        return run(() -> {
            Mac mac = (Mac) unkeyedPrototype.clone();
            mac.init(keySpec);
            return mac.doFinal(message);
        });
    }

    /**
     * Clone of a keyed prototype.
     *
     * @return the signature
     * @throws Exception when signing fails
     */
    @Benchmark
    public byte[] macCloneKeyed() throws Exception {
        return run(() -> ((Mac) keyedPrototype.clone()).doFinal(message));
    }

    /**
     * Per-thread {@code MessageDigest}.
     *
     * @return the digest
     * @throws Exception when hashing fails
     */
    @Benchmark
    public byte[] sha256ThreadLocal() throws Exception {
        return run(() -> threadSha256.get().digest(message));
    }

    /**
     * {@code MessageDigest.getInstance} per call.
     *
     * @return the digest
     * @throws Exception when hashing fails
     */
    @Benchmark
    public byte[] sha256GetInstance() throws Exception {
        return run(() -> MessageDigest.getInstance("SHA-256").digest(message));
    }

    /**
     * Clone of a prototype {@code MessageDigest}.
     *
     * @return the digest
     * @throws Exception when hashing fails
     */
    @Benchmark
    public byte[] sha256Clone() throws Exception {
        return run(() -> ((MessageDigest) sha256Prototype.clone()).digest(message));
    }

    /** Runs the work {@value #BATCH} times: in a row on this thread, or on as many new virtual threads. */
    private <T> T run(Callable<T> work) throws Exception {
        T last = null;
        if (virtualThreads == null) {
            for (int i = 0; i < BATCH; i++) {
                last = work.call();
            }
            return last;
        }
        List<Future<T>> results = virtualThreads.invokeAll(Collections.nCopies(BATCH, work));
        try {
            for (Future<T> result : results) {
                last = result.get();
            }
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
        return last;
    }

    private static ExecutorService newVirtualThreadPerTaskExecutor() throws ReflectiveOperationException {
        try {
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("virtual threads are not available", e.getCause());
        }
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance(HMAC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
