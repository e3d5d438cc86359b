package com.siglume.sdrp.benchmarks.client;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.merchant.MerchantResponse;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The two sides of B3 against one sandbox on loopback in this JVM: the SDK's
 * {@code getMerchant} with its default JDK transport, and the same request sent by hand with a
 * JDK {@code HttpClient} configured as that transport configures its own (redirects never
 * followed, 15 s connect timeout), with the same headers, body read as bytes.
 */
final class ClientPair implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String MERCHANTS = "/sdrp/direct-payments/merchants/";

    final SiglumeSandbox sandbox;
    final SiglumeMerchantClient client;
    final String merchant;
    final HttpClient httpClient;
    final HttpRequest rawRequest;

    private ClientPair(SiglumeSandbox sandbox) {
        this.sandbox = sandbox;
        this.merchant = sandbox.merchant();
        this.client = SiglumeMerchantClient.builder()
                .baseUrl(sandbox.apiBase())
                .token(sandbox.merchantAuthToken())
                .build();
        this.httpClient = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
        this.rawRequest = buildRawRequest();
    }

    private HttpRequest buildRawRequest() {
        return HttpRequest.newBuilder(URI.create(sandbox.apiBase() + MERCHANTS + merchant))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + sandbox.merchantAuthToken())
                .header("User-Agent", Sdrp.userAgent())
                .GET()
                .build();
    }

    /**
     * Starts the sandbox (port chosen by the system) and checks that both sides get the merchant.
     *
     * @return the pair
     * @throws IOException when the raw call fails
     * @throws InterruptedException when interrupted
     */
    static ClientPair start() throws IOException, InterruptedException {
        ClientPair pair = new ClientPair(SiglumeSandbox.builder().port(0).build().start());
        if (pair.sdkGetMerchant() == null) {
            throw new IllegalStateException("the SDK returned no merchant");
        }
        HttpResponse<byte[]> response = pair.rawGet();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the raw GET answered HTTP " + response.statusCode());
        }
        return pair;
    }

    MerchantResponse sdkGetMerchant() {
        return client.getMerchant(merchant);
    }

    HttpResponse<byte[]> rawGet() throws IOException, InterruptedException {
        return httpClient.send(rawRequest, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> rawGetBuiltPerCall() throws IOException, InterruptedException {
        return httpClient.send(buildRawRequest(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
