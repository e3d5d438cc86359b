package com.siglume.sdrp.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.client.SiglumeBlockingCallException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.spring.test.FakeSiglumeApi;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The merchant client called from a WebFlux handler on a Reactor Netty event loop: refused at
 * once with {@link SiglumeBlockingCallException}, nothing sent; the same call offloaded to
 * {@code boundedElastic}, as the client guide shows, reaches Siglume.
 */
@SpringBootTest(classes = ReactiveShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.merchant-auth-token=merchant_token", "siglume.merchant=my-shop",
                "siglume.webhook.secret=" + TestWebhooks.SECRET, "spring.r2dbc.generate-unique-name=true"})
@Import(BlockingClientCallTests.Routes.class)
class BlockingClientCallTests {

    private static final FakeSiglumeApi API = FakeSiglumeApi.started();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("siglume.api-base", API::baseUrl);
    }

    @BeforeEach
    void clearRequests() {
        API.clear();
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @Test
    void aCallOnTheEventLoopIsRefusedBeforeAnythingIsSent() throws Exception {
        HttpResponse<String> response = new WebhookHttp(port).send("GET", "/readiness/on-event-loop");
        assertThat(response.statusCode()).isEqualTo(409);
        // Named after the server's event loop, never a boundedElastic worker.
        assertThat(response.body()).startsWith("SiglumeBlockingCallException on ").contains("-http-")
                .doesNotContain("boundedElastic");
        assertThat(API.requests()).isEmpty();
    }

    @Test
    void theSameCallOffloadedToBoundedElasticReachesSiglume() throws Exception {
        HttpResponse<String> response = new WebhookHttp(port).send("GET", "/readiness/offloaded");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ready=true");
        assertThat(API.requests()).hasSize(1);
    }


    @TestConfiguration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        RouterFunction<ServerResponse> readinessRoutes(SiglumeMerchantClient client) {
            return RouterFunctions.route()
                    .GET("/readiness/on-event-loop", request -> {
                        try {
                            client.getMerchantReadiness("my-shop");
                            return ServerResponse.ok().bodyValue("called");
                        } catch (SiglumeBlockingCallException refused) {
                            return ServerResponse.status(409).bodyValue(
                                    refused.getClass().getSimpleName() + " on " + refused.threadName());
                        }
                    })
                    .GET("/readiness/offloaded", request -> Mono
                            .fromCallable(() -> client.getMerchantReadiness("my-shop"))
                            .subscribeOn(Schedulers.boundedElastic())
                            .flatMap(readiness -> ServerResponse.ok().bodyValue("ready=" + readiness.ready())))
                    .build();
        }
    }
}
