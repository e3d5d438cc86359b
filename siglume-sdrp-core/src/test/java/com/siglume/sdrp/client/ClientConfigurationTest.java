package com.siglume.sdrp.client;

import static com.siglume.sdrp.client.LoopbackServer.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.client.transport.JdkHttpTransport;
import com.siglume.sdrp.client.transport.SiglumeHttpRequest;
import com.siglume.sdrp.client.transport.SiglumeHttpResponse;
import com.siglume.sdrp.client.transport.SiglumeHttpTransport;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Builders, {@code fromEnvironment}, token rules and the transport SPI. */
class ClientConfigurationTest {

    private final LoopbackServer server = LoopbackServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void developerPortalKeysAreRefusedWithoutShowingThem() {
        assertThatThrownBy(() -> SiglumeMerchantClient.builder().environment(name -> null)
                .token("cli_secret_key_1").build())
                .isInstanceOf(SdrpValidationException.class)
                .hasMessageContaining("merchant Siglume bearer token").hasMessageNotContaining("cli_secret_key_1")
                .extracting("field").isEqualTo("auth_token");
        assertThatThrownBy(() -> SiglumePaymentClient.builder().environment(name -> null)
                .token("  CLI_secret_key_2 ").build())
                .isInstanceOf(SdrpValidationException.class)
                .hasMessageContaining("buyer or provider Siglume user bearer token")
                .hasMessageNotContaining("secret_key_2");
        assertThatThrownBy(() -> SiglumeMerchantClient.fromEnvironment(Map.of(
                "SIGLUME_MERCHANT_AUTH_TOKEN", "cli_from_env")::get))
                .isInstanceOf(SdrpValidationException.class).hasMessageNotContaining("cli_from_env");
    }

    @Test
    void missingOrMalformedTokensAreRefused() {
        assertThatThrownBy(() -> SiglumeMerchantClient.fromEnvironment(name -> null))
                .isInstanceOf(SdrpValidationException.class)
                .hasMessageContaining("SIGLUME_MERCHANT_AUTH_TOKEN or SIGLUME_AUTH_TOKEN");
        assertThatThrownBy(() -> SiglumePaymentClient.fromEnvironment(name -> null))
                .isInstanceOf(SdrpValidationException.class).hasMessageContaining("SIGLUME_AUTH_TOKEN");
        assertThatThrownBy(() -> SiglumeMerchantClient.builder().environment(name -> null).token("  ").build())
                .isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> SiglumeMerchantClient.builder().environment(name -> null).token("a b").build())
                .isInstanceOf(SdrpValidationException.class).hasMessageNotContaining("a b");
        assertThatThrownBy(() -> SiglumeMerchantClient.builder().environment(name -> null).token("tok\r\nX: y")
                .build()).isInstanceOf(SdrpValidationException.class);
    }

    @Test
    void merchantTokenPrefersTheMerchantVariable() {
        server.then(envelope("{}"), envelope("{}"));
        Map<String, String> env = new HashMap<>(Map.of("SIGLUME_API_BASE", server.baseUrl(),
                "SIGLUME_MERCHANT_AUTH_TOKEN", " merchant_tok ", "SIGLUME_AUTH_TOKEN", "user_tok"));

        SiglumeMerchantClient.fromEnvironment(env::get).getMerchant("acme-shop");
        env.remove("SIGLUME_MERCHANT_AUTH_TOKEN");
        SiglumeMerchantClient.fromEnvironment(env::get).getMerchant("acme-shop");

        assertThat(server.requests()).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer merchant_tok", "Bearer user_tok");
    }

    @Test
    void paymentClientReadsOnlyTheUserToken() {
        server.then(envelope("{}"));
        Map<String, String> env = new HashMap<>(Map.of("SIGLUME_API_BASE", server.baseUrl(),
                "SIGLUME_MERCHANT_AUTH_TOKEN", "merchant_tok"));

        assertThatThrownBy(() -> SiglumePaymentClient.fromEnvironment(env::get))
                .isInstanceOf(SdrpValidationException.class);
        env.put("SIGLUME_AUTH_TOKEN", "user_tok");
        SiglumePaymentClient.fromEnvironment(env::get).getPaymentRequirement("dpr_1");

        assertThat(server.only().header("Authorization")).isEqualTo("Bearer user_tok");
    }

    @Test
    void explicitValuesWinOverTheEnvironment() {
        server.then(envelope("{}"));
        Map<String, String> env = Map.of("SIGLUME_API_BASE", "https://elsewhere.example/v1",
                "SIGLUME_MERCHANT_AUTH_TOKEN", "env_tok");

        SiglumeMerchantClient client = SiglumeMerchantClient.builder().environment(env::get)
                .token("explicit_tok").baseUrl(server.baseUrl() + "//").build();
        client.getMerchant("acme-shop");

        assertThat(client.baseUrl()).isEqualTo(server.baseUrl());
        assertThat(server.only().header("Authorization")).isEqualTo("Bearer explicit_tok");
    }

    @Test
    void baseUrlFollowsTheEnvironmentOrder() {
        assertThat(baseUrlFor(Map.of())).isEqualTo(Sdrp.DEFAULT_API_BASE);
        assertThat(baseUrlFor(Map.of("SIGLUME_ENV", "live"))).isEqualTo(Sdrp.DEFAULT_API_BASE);
        assertThat(baseUrlFor(Map.of("SIGLUME_ENV", " Sandbox "))).isEqualTo(Sdrp.DEFAULT_SANDBOX_API_BASE);
        assertThat(baseUrlFor(Map.of("SIGLUME_ENV", "sandbox", "SIGLUME_SANDBOX_API_BASE", "http://localhost:9999/v1/")))
                .isEqualTo("http://localhost:9999/v1");
        assertThat(baseUrlFor(Map.of("SIGLUME_ENV", "sandbox", "SIGLUME_SANDBOX_API_BASE", "http://localhost:9999/v1",
                "SIGLUME_API_BASE", "https://api.example/v1"))).isEqualTo("https://api.example/v1");
        assertThat(baseUrlFor(Map.of("SIGLUME_API_BASE", "  "))).isEqualTo(Sdrp.DEFAULT_API_BASE);
        assertThat(SiglumePaymentClient.fromEnvironment(Map.of("SIGLUME_AUTH_TOKEN", "t", "SIGLUME_ENV", "sandbox")::get)
                .baseUrl()).isEqualTo(Sdrp.DEFAULT_SANDBOX_API_BASE);
    }

    private static String baseUrlFor(Map<String, String> values) {
        Map<String, String> env = new HashMap<>(values);
        env.put("SIGLUME_MERCHANT_AUTH_TOKEN", "tok");
        return SiglumeMerchantClient.fromEnvironment(env::get).baseUrl();
    }

    @Test
    void unsafeBaseUrlsAreRefused() {
        for (String url : List.of("http://siglume.com/v1", "https://user:pw@siglume.com/v1", "siglume.com/v1",
                "ftp://siglume.com/v1")) {
            assertThatThrownBy(() -> SiglumeMerchantClient.builder().environment(name -> null).token("t").baseUrl(url)
                    .build()).as(url).isInstanceOf(SdrpValidationException.class).extracting("field")
                    .isEqualTo("api_base");
        }
    }

    @Test
    void builderSettingsAreChecked() {
        SiglumeMerchantClient.Builder builder = SiglumeMerchantClient.builder();
        assertThatThrownBy(() -> builder.timeout(Duration.ZERO)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> builder.timeout(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> builder.timeout(Duration.ofHours(1))).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> builder.maxRetries(-1)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> builder.maxRetries(11)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> builder.retryPolicy(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> builder.transport(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> builder.userAgent("a\nb")).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> builder.environment(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> builder.sleeper(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> builder.clock(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withJitter(1.5)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withBackoff(Duration.ofMillis(-1), Duration.ZERO, 2))
                .isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withBackoff(Duration.ZERO, Duration.ZERO, 0.5))
                .isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withMaxElapsed(null)).isInstanceOf(SdrpValidationException.class);
        assertThat(builder.toString()).doesNotContain("tok");
    }

    @Test
    void userAgentCanBeReplaced() {
        server.then(envelope("{}"));

        SiglumeMerchantClient.builder().environment(name -> null).token("tok").baseUrl(server.baseUrl())
                .userAgent("acme-shop/2.1").build().getMerchant("acme-shop");

        assertThat(server.only().header("User-Agent")).isEqualTo("acme-shop/2.1");
    }

    @Test
    void toStringNeverShowsTokens() {
        SiglumeMerchantClient merchant = SiglumeMerchantClient.builder().environment(name -> null)
                .token("merchant_secret_tok").baseUrl("https://siglume.com/v1").build();
        SiglumePaymentClient payment = SiglumePaymentClient.builder().environment(name -> null)
                .token("user_secret_tok").baseUrl("https://siglume.com/v1").build();

        assertThat(merchant.toString()).isEqualTo("SiglumeMerchantClient[baseUrl=https://siglume.com/v1]");
        assertThat(payment.toString()).isEqualTo("SiglumePaymentClient[baseUrl=https://siglume.com/v1]");
    }

    @Test
    void customTransportReceivesTheBuiltRequest() {
        List<SiglumeHttpRequest> seen = new ArrayList<>();
        JdkHttpTransport jdk = new JdkHttpTransport();
        SiglumeHttpTransport recording = request -> {
            seen.add(request);
            return jdk.send(request);
        };
        server.then(envelope("{\"session_id\":\"chk_1\"}"));
        SiglumeMerchantClient client = SiglumeMerchantClient.builder().environment(name -> null).token("tok_abc")
                .baseUrl(server.baseUrl()).timeout(Duration.ofSeconds(3)).transport(recording).build();

        client.createCheckoutSession(CheckoutSessionRequest.builder().merchant("acme-shop").amountMinor(5)
                .currency("USD").nonce("n").successUrl("https://a.example/s").cancelUrl("https://a.example/c").build());

        SiglumeHttpRequest request = seen.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri().toString()).isEqualTo(server.baseUrl() + "/sdrp/direct-payments/checkout-sessions");
        assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(request.header("authorization")).contains("Bearer tok_abc");
        assertThat(request.header("CONTENT-TYPE")).contains("application/json");
        assertThat(request.body()).isEqualTo(server.only().body());
        assertThat(request.toString()).doesNotContain("tok_abc").contains("Authorization=<redacted>")
                .doesNotContain("acme-shop\"");
    }

    @Test
    void anAnswerIsReadToItsEndWhateverItsContentLengthSays() {
        byte[] answer = "{\"data\":{\"session_id\":\"chk_1\",\"checkout_url\":\"https://pay.example/chk_1\"}}"
                .getBytes(StandardCharsets.UTF_8);
        for (String declared : List.of(String.valueOf(answer.length), "7", "100000", "not a number")) {
            AtomicBoolean ended = new AtomicBoolean();
            InputStream body = new FilterInputStream(new ByteArrayInputStream(answer)) {
                @Override
                public int read() throws IOException {
                    return noted(super.read());
                }

                @Override
                public int read(byte[] bytes, int offset, int length) throws IOException {
                    return noted(super.read(bytes, offset, length));
                }

                private int noted(int read) {
                    if (read < 0) {
                        ended.set(true);
                    }
                    return read;
                }
            };
            SiglumeMerchantClient client = SiglumeMerchantClient.builder().environment(name -> null).token("tok_abc")
                    .baseUrl("https://api.example").transport(request -> SiglumeHttpResponse.of(200,
                            Map.of("Content-Length", List.of(declared)), body)).build();

            CreatedCheckoutSession session = client.createCheckoutSession(CheckoutSessionRequest.builder()
                    .merchant("acme-shop").amountMinor(5).currency("USD").nonce("n").successUrl("https://a.example/s")
                    .cancelUrl("https://a.example/c").build());

            assertThat(session.sessionId()).as("Content-Length %s", declared).isEqualTo("chk_1");
            assertThat(session.checkoutUrl()).as("Content-Length %s", declared).isEqualTo("https://pay.example/chk_1");
            assertThat(ended).as("read to the end with Content-Length %s", declared).isTrue();
        }
    }

    @Test
    void requestAndResponseRecordsAreDefensive() throws IOException {
        byte[] body = {1, 2, 3};
        SiglumeHttpRequest request = new SiglumeHttpRequest("POST", java.net.URI.create("https://a.example/x"),
                Map.of("A", "b"), body, Duration.ofSeconds(1));
        body[0] = 9;
        request.body()[1] = 9;
        assertThat(request.body()).containsExactly(1, 2, 3);
        assertThat(request).isEqualTo(new SiglumeHttpRequest("POST", java.net.URI.create("https://a.example/x"),
                Map.of("A", "b"), new byte[] {1, 2, 3}, Duration.ofSeconds(1)));
        assertThatThrownBy(() -> new SiglumeHttpRequest(null, java.net.URI.create("https://a"), null, null,
                Duration.ofSeconds(1))).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> new SiglumeHttpRequest("GET", java.net.URI.create("https://a"), null, null,
                Duration.ZERO)).isInstanceOf(SdrpValidationException.class);

        try (SiglumeHttpResponse response = SiglumeHttpResponse.of(200, Map.of("Retry-After", List.of("5")), null)) {
            assertThat(response.header("retry-after")).contains("5");
            assertThat(response.body().read()).isEqualTo(-1);
        }
    }

    @Test
    void aTransportThatBreaksItsContractIsReportedNotRetried() {
        int[] calls = {0};
        SiglumeMerchantClient client = SiglumeMerchantClient.builder().environment(name -> null).token("tok")
                .baseUrl("https://siglume.com/v1").sleeper(wait -> { }).transport(request -> {
                    calls[0]++;
                    throw new IllegalStateException("bug");
                }).build();

        assertThatThrownBy(() -> client.getMerchant("acme-shop")).isInstanceOf(SiglumeTransportException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(calls[0]).isEqualTo(1);
    }
}
