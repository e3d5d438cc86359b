package com.siglume.sdrp.webflux;

import org.springframework.test.context.TestPropertySource;

/**
 * The duplicate storm on an embedded R2DBC H2 database with a {@code void} listener beside the
 * {@code Mono<Void>} one, so every delivery is processed on a thread that may block.
 */
@TestPropertySource(properties = {"spring.r2dbc.generate-unique-name=true",
        ReactiveShopApplication.REVIEW_LISTENER + "=blocking"})
class DuplicateStormVoidListenerH2Tests extends DuplicateStormContract {
}
