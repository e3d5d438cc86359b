package com.siglume.sdrp.sample.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the embedded sandbox sends its webhooks, for each way the shop can be bound. */
class EmbeddedSandboxWebhookHostTests {

    @Test
    void theDefaultAndTheWildcardAddressesAreReachedOnLoopback() {
        assertThat(EmbeddedSandboxInitializer.webhookHost(null)).isEqualTo("127.0.0.1");
        assertThat(EmbeddedSandboxInitializer.webhookHost(" ")).isEqualTo("127.0.0.1");
        assertThat(EmbeddedSandboxInitializer.webhookHost("0.0.0.0")).isEqualTo("127.0.0.1");
        assertThat(EmbeddedSandboxInitializer.webhookHost("::")).isEqualTo("127.0.0.1");
    }

    @Test
    void aSpecificAddressIsReachedWhereTheShopListens() {
        assertThat(EmbeddedSandboxInitializer.webhookHost("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(EmbeddedSandboxInitializer.webhookHost("10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(EmbeddedSandboxInitializer.webhookHost("::1")).isEqualTo("[0:0:0:0:0:0:0:1]");
    }
}
