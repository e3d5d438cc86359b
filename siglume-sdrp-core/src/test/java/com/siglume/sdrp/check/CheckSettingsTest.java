package com.siglume.sdrp.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.SdrpValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the checks' settings are read, defaulted and described. */
class CheckSettingsTest {

    @Test
    void explicitValuesWinOverTheEnvironmentAndSandboxDefaultsAreMarked() {
        CheckSettings settings = CheckSettings.builder()
                .environment(Map.of("SIGLUME_ENV", "Sandbox", "SIGLUME_DIRECT_PAYMENT_MERCHANT", "env_shop",
                        "SIGLUME_SANDBOX_API_BASE", "http://127.0.0.1:9999/v1")::get)
                .merchant("option_shop")
                .build();

        assertThat(settings.sandbox()).isTrue();
        assertThat(settings.apiBase()).isEqualTo("http://127.0.0.1:9999/v1");
        assertThat(settings.merchant()).isEqualTo("option_shop");
        assertThat(settings.webhookSecret()).isEqualTo(CheckSettings.SANDBOX_WEBHOOK_SECRET);
        assertThat(settings.sandboxDefaults()).containsExactly("merchant_auth_token", "webhook_secret", "shop_origin",
                "webhook_url");
        assertThat(settings.summary()).containsEntry("merchant", "option_shop")
                .containsEntry("webhook_secret", "set, ends with \"ocal\" (sandbox default)");
    }

    @Test
    void aSandboxOnAnotherHostAssumesNothing() {
        CheckSettings settings = CheckSettings.builder()
                .environment(Map.of("SIGLUME_ENV", "sandbox",
                        "SIGLUME_SANDBOX_API_BASE", "https://sandbox.example.com/v1")::get)
                .build();

        assertThat(settings.sandbox()).isTrue();
        assertThat(settings.merchant()).isNull();
        assertThat(settings.merchantAuthToken()).isNull();
        assertThat(settings.webhookSecret()).isNull();
        assertThat(settings.sandboxDefaults()).isEmpty();
    }

    @Test
    void liveModeAssumesNothing() {
        CheckSettings settings = CheckSettings.builder().environment(name -> null).build();

        assertThat(settings.sandbox()).isFalse();
        assertThat(settings.apiBase()).isEqualTo("https://siglume.com/v1");
        assertThat(settings.merchant()).isNull();
        assertThat(settings.webhookSecret()).isNull();
        assertThat(settings.sandboxDefaults()).isEmpty();
        assertThat(settings.currency()).isEqualTo("JPY");
    }

    @Test
    void theSummaryAndToStringShowNoSecret() {
        String secret = "whsec_0123456789abcdefXYZW";
        String token = "token_0123456789abcdefQRST";
        CheckSettings settings = CheckSettings.builder()
                .environment(Map.of("SIGLUME_WEBHOOK_SECRET", secret, "SIGLUME_AUTH_TOKEN", token)::get).build();

        assertThat(settings.merchantAuthToken()).isEqualTo(token);
        assertThat(settings.toString()).doesNotContain(secret).doesNotContain(token).contains("\"XYZW\"")
                .contains("\"QRST\"");
        assertThat(CheckSettings.hint("short_secret")).isEqualTo("set, ends with \"cret\"");
        assertThat(CheckSettings.hint("whsec_abc")).isEqualTo("set");
        assertThat(CheckSettings.hint(null)).isEqualTo("unset");
    }

    @Test
    void anUnknownCurrencyIsRefused() {
        assertThatThrownBy(() -> CheckSettings.builder().environment(name -> null).currency("EUR").build())
                .isInstanceOf(SdrpValidationException.class).hasMessageContaining("JPY, USD");
        assertThat(CheckSettings.builder().environment(name -> null).currency("usd").build().currency()).isEqualTo("USD");
    }
}
