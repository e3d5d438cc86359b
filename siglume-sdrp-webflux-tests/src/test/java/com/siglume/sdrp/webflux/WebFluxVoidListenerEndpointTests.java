package com.siglume.sdrp.webflux;

import org.springframework.test.context.TestPropertySource;

/**
 * The WebFlux endpoint's contract again with one {@code void} listener beside the
 * {@code Mono<Void>} one: every delivery is then processed on a thread that may block, the
 * reactive listener still in the store's transaction, and no listener on an event-loop thread.
 */
@TestPropertySource(properties = ReactiveShopApplication.REVIEW_LISTENER + "=blocking")
class WebFluxVoidListenerEndpointTests extends WebFluxWebhookEndpointTests {

    @Override
    String expectedThreadKind() {
        return "blocking";
    }
}
