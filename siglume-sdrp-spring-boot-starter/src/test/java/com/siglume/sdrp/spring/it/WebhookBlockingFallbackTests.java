package com.siglume.sdrp.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.it.WebhookTestApplication.PaymentsListener;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import jakarta.servlet.Filter;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * A filter of the application's ahead of the webhook filter that does not support asynchronous
 * requests: the body is then read blocking, every delivery is still answered as usual, and the
 * cause is logged once.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.max-body-size=4KB",
                "spring.datasource.generate-unique-name=true"})
@Import(WebhookBlockingFallbackTests.SynchronousFilterConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class WebhookBlockingFallbackTests {

    private static final String PATH = "/siglume/webhook";

    @LocalServerPort
    int port;

    @Autowired
    PaymentsListener listener;

    @TestConfiguration(proxyBeanMethods = false)
    static class SynchronousFilterConfiguration {

        @Bean
        FilterRegistrationBean<Filter> synchronousFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                    (request, response, chain) -> chain.doFilter(request, response));
            registration.setAsyncSupported(false);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @Test
    void deliveriesAreStillAnsweredAndTheCauseIsLogged(CapturedOutput output) throws Exception {
        WebhookHttp http = new WebhookHttp(port);
        String id = "evt_" + UUID.randomUUID();
        byte[] body = TestWebhooks.standardSettled(id);
        HttpResponse<String> processed = http.post(PATH, body, TestWebhooks.sign(body));
        assertThat(processed.statusCode()).isEqualTo(200);
        assertThat(processed.body()).contains("\"outcome\":\"processed\"");
        assertThat(listener.calls(id)).isEqualTo(1);

        String chunkedId = "evt_" + UUID.randomUUID();
        byte[] chunked = TestWebhooks.standardSettled(chunkedId);
        assertThat(http.postChunked(PATH, chunked, TestWebhooks.sign(chunked)).statusCode()).isEqualTo(200);
        assertThat(listener.calls(chunkedId)).isEqualTo(1);

        byte[] oversize = new byte[5 * 1024];
        Arrays.fill(oversize, (byte) 'a');
        assertThat(http.postChunked(PATH, oversize, TestWebhooks.sign(oversize)).statusCode()).isEqualTo(413);

        assertThat(output).containsOnlyOnce("The Siglume webhook body is read blocking")
                .contains("asyncSupported=true");
    }
}
