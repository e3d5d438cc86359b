package com.siglume.sdrp.benchmarks.client;

import com.siglume.sdrp.client.transport.SiglumeHttpResponse;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.merchant.MerchantResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * B3: one API read through the SDK versus the same request sent by hand, both against the
 * sandbox on loopback in this JVM (started once per fork, port chosen by the system).
 *
 * <ul>
 *   <li>{@link #sdkGetMerchant}: {@code SiglumeMerchantClient.getMerchant(merchant)} with its default
 *       JDK transport: request building, envelope unwrapping and mapping to {@code MerchantResponse};</li>
 *   <li>{@link #rawGet}: a JDK {@code HttpClient} configured as the SDK's default transport
 *       configures its own (redirects never followed, 15 s connect timeout), sending {@code GET} to
 *       the same URL with the same headers and reading the body as bytes;</li>
 *   <li>{@link #rawGetAndParse}: the same, plus a Jackson tree parse of the body, which a caller
 *       would need before using the answer;</li>
 *   <li>{@link #rawGetBuiltPerCall}: the raw GET with its {@code HttpRequest} built for each call,
 *       as code that reads a merchant named at run time must (the others reuse one request).</li>
 * </ul>
 * Two more take the SDK call apart, to explain a difference between the first two:
 * <ul>
 *   <li>{@link #rawSendAsync}: the raw request sent with {@code sendAsync(request, ofByteArray())}
 *       and awaited with {@code get(timeout)}, the other way to bound a whole answer by a deadline
 *       (the SDK's transport used it before it moved to the synchronous {@code send});</li>
 *   <li>{@link #sdkGetMerchantCannedResponse}: the SDK call on a transport that answers at once
 *       with the bytes the sandbox sent, so only the SDK's own work is measured.</li>
 * </ul>
 * The settings differ from B1's for two reasons seen in trial runs on two cores. The client, the
 * sandbox serving it and the JIT compiler share the cores, so compilation is slow and the score
 * kept rising through a short warm-up: hence 15 s of warm-up. And each fork settles at its own
 * level, differing by up to a third from the next (how the four busy threads land on the two
 * cores), so the compared calls run in four forks each; the two calls that only explain a
 * difference run in two. {@link PairedClientRun} measures the SDK-to-raw ratio without that
 * fork-to-fork spread. Both clients ({@link ClientPair}) keep their connection alive between
 * calls. The sandbox serves the requests in this JVM, so the allocation figures include the
 * server side, alike for all.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(4)
@State(Scope.Benchmark)
public class MerchantClientBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClientPair pair;
    private SiglumeMerchantClient cannedClient;

    /**
     * Starts the sandbox and builds both clients; checks that both get the merchant.
     *
     * @throws Exception when either call fails, which would make the run meaningless
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        pair = ClientPair.start();
        HttpResponse<byte[]> response = pair.rawGet();
        byte[] answer = response.body();
        cannedClient = SiglumeMerchantClient.builder()
                .baseUrl(pair.sandbox.apiBase())
                .token(pair.sandbox.merchantAuthToken())
                .transport(request -> new SiglumeHttpResponse(200, response.headers(), new ByteArrayInputStream(answer)))
                .build();
        if (!sdkGetMerchantCannedResponse().equals(sdkGetMerchant())) {
            throw new IllegalStateException("the canned answer differs from the sandbox's");
        }
    }

    /** Stops the sandbox. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (pair != null) {
            pair.close();
        }
    }

    /**
     * The SDK call.
     *
     * @return the merchant, consumed by JMH
     */
    @Benchmark
    public MerchantResponse sdkGetMerchant() {
        return pair.sdkGetMerchant();
    }

    /**
     * The same request by hand, body read as bytes.
     *
     * @return the response, consumed by JMH
     * @throws IOException when the request fails
     * @throws InterruptedException when interrupted
     */
    @Benchmark
    public HttpResponse<byte[]> rawGet() throws IOException, InterruptedException {
        return pair.rawGet();
    }

    /**
     * The same request by hand, built for this call as a caller's code builds it (the merchant
     * is part of the path), body read as bytes.
     *
     * @return the response, consumed by JMH
     * @throws IOException when the request fails
     * @throws InterruptedException when interrupted
     */
    @Benchmark
    public HttpResponse<byte[]> rawGetBuiltPerCall() throws IOException, InterruptedException {
        return pair.rawGetBuiltPerCall();
    }

    /**
     * The same request by hand, sent asynchronously and awaited with the timeout.
     *
     * @return the response, consumed by JMH
     * @throws Exception when the request fails or times out
     */
    @Benchmark
    @Fork(2)
    public HttpResponse<byte[]> rawSendAsync() throws Exception {
        return pair.httpClient.sendAsync(pair.rawRequest, HttpResponse.BodyHandlers.ofByteArray())
                .get(ClientPair.TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * The SDK call without any network: what the SDK itself adds to a call.
     *
     * @return the merchant, consumed by JMH
     */
    @Benchmark
    @Fork(2)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    public MerchantResponse sdkGetMerchantCannedResponse() {
        return cannedClient.getMerchant(pair.merchant);
    }

    /**
     * The same request by hand, body read and parsed as a JSON tree.
     *
     * @return the parsed body, consumed by JMH
     * @throws IOException when the request fails
     * @throws InterruptedException when interrupted
     */
    @Benchmark
    public JsonNode rawGetAndParse() throws IOException, InterruptedException {
        return JSON.readTree(pair.rawGet().body());
    }
}
