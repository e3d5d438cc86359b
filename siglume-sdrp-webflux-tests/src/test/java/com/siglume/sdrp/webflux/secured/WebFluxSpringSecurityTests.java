package com.siglume.sdrp.webflux.secured;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import com.siglume.sdrp.webflux.ReactiveShopApplication.PaymentsListener;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With Spring Security WebFlux on the classpath and no configuration at all, the webhook still
 * answers (no credentials, no CSRF token), while the rest of the application stays secured.
 */
@Tag("security-classpath")
@SpringBootTest(classes = SecuredReactiveShopApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "spring.r2dbc.generate-unique-name=true"})
class WebFluxSpringSecurityTests {

    @LocalServerPort
    int port;

    @Autowired
    PaymentsListener listener;

    @Test
    void theWebhookAnswersWithoutCredentialsOrCsrfToken() throws Exception {
        String id = "evt_" + UUID.randomUUID();
        byte[] body = TestWebhooks.standardSettled(id);
        HttpResponse<String> response = new WebhookHttp(port).post("/siglume/webhook", body, TestWebhooks.sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"processed\"");
        assertThat(listener.calls(id)).isEqualTo(1);
    }

    @Test
    void theRestOfTheApplicationIsStillSecured() throws Exception {
        assertThat(new WebhookHttp(port).send("GET", "/anything").statusCode()).isEqualTo(401);
    }
}
