package com.siglume.sdrp.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.observation.SiglumeClientObservationContext;
import com.siglume.sdrp.spring.test.FakeSiglumeApi;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code siglume} health component in a WebFlux application: it answers at
 * {@code /actuator/health/siglume}, and its blocking readiness call to Siglume never runs on an
 * event-loop thread.
 */
@SpringBootTest(classes = ReactiveShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.merchant-auth-token=merchant_token_never_shown", "siglume.merchant=my-shop",
                "siglume.webhook.secret=" + TestWebhooks.SECRET, "spring.r2dbc.generate-unique-name=true",
                "management.endpoints.web.exposure.include=health", "management.endpoint.health.show-details=always"})
@Import(WebFluxHealthTests.ClientThreads.class)
class WebFluxHealthTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FakeSiglumeApi API = FakeSiglumeApi.started();

    @LocalServerPort
    int port;

    @Autowired
    ClientThreads clientThreads;

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("siglume.api-base", API::baseUrl);
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @Test
    void theSiglumeHealthComponentReportsReadinessOffTheEventLoop() throws Exception {
        HttpResponse<String> response = new WebhookHttp(port).send("GET", "/actuator/health/siglume");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(response.body());
        assertThat(json.get("status").asString()).isEqualTo("UP");
        assertThat(json.get("details").get("merchant").asString()).isEqualTo("my-shop");
        assertThat(response.body()).doesNotContain("merchant_token_never_shown", TestWebhooks.SECRET);
        assertThat(clientThreads.kinds).containsOnly("blocking");
    }


    /** Notes whether each Siglume client call started on a non-blocking thread. */
    static class ClientThreads implements ObservationHandler<SiglumeClientObservationContext> {

        final Set<String> kinds = new CopyOnWriteArraySet<>();

        @Override
        public void onStart(SiglumeClientObservationContext context) {
            kinds.add(Schedulers.isInNonBlockingThread() ? "non-blocking" : "blocking");
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return context instanceof SiglumeClientObservationContext;
        }
    }
}
