package com.siglume.sdrp.spring.it.poison;

import org.springframework.test.context.TestPropertySource;

/** The poison identifiers over HTTP on the embedded H2 database. */
@TestPropertySource(properties = "spring.datasource.generate-unique-name=true")
class PoisonIdentifierH2EndpointTests extends PoisonIdentifierEndpointContract {
}
