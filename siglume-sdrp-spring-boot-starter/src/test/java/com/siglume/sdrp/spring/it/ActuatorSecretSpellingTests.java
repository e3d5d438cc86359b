package com.siglume.sdrp.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Secrets set in the relaxed spellings Spring Boot binds, in the environment-variable form, and
 * copied under keys of the application's own, stay hidden in the actuator {@code env} and
 * {@code configprops} endpoints that show every other value.
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.merchant=my-shop",
                "siglume.challenge_secret=" + ActuatorSecretSpellingTests.CHALLENGE,
                "siglume.merchantAuthToken=" + ActuatorSecretSpellingTests.MERCHANT_TOKEN,
                "siglume.webhook.additional_secrets[0]=" + ActuatorSecretSpellingTests.OLD_SECRET,
                "SIGLUME_CHALLENGE_SECRET=" + ActuatorSecretSpellingTests.ENV_STYLE,
                "my.copy=${siglume.webhook.secret}", "my.header=Bearer ${siglume.merchantAuthToken}",
                "spring.datasource.generate-unique-name=true",
                "management.endpoints.web.exposure.include=env,configprops",
                "management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always"})
class ActuatorSecretSpellingTests {

    static final String CHALLENGE = "challenge_in_snake_case_never_shown";
    static final String MERCHANT_TOKEN = "merchant_token_in_camel_case_never_shown";
    static final String OLD_SECRET = "whsec_indexed_snake_case_never_shown";
    static final String ENV_STYLE = "environment_style_secret_never_shown";
    private static final String[] SECRETS = {CHALLENGE, MERCHANT_TOKEN, OLD_SECRET, ENV_STYLE, TestWebhooks.SECRET};

    @LocalServerPort
    int port;

    @Test
    void everySpellingAndEveryCopyIsHidden() throws Exception {
        WebhookHttp http = new WebhookHttp(port);
        for (String path : new String[] {"/actuator/env", "/actuator/configprops", "/actuator/configprops/siglume",
                "/actuator/env/siglume.challenge_secret", "/actuator/env/siglume.merchantAuthToken",
                "/actuator/env/siglume.webhook.additional_secrets%5B0%5D", "/actuator/env/SIGLUME_CHALLENGE_SECRET",
                "/actuator/env/my.copy", "/actuator/env/my.header"}) {
            HttpResponse<String> response = http.send("GET", path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("******").doesNotContain(SECRETS);
        }
        assertThat(http.send("GET", "/actuator/env/siglume.merchant").body()).contains("my-shop");
        assertThat(http.send("GET", "/actuator/configprops/siglume").body()).contains("my-shop");
    }
}
