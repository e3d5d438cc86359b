package com.siglume.sdrp.webflux;

import org.springframework.test.context.TestPropertySource;

/** The duplicate storm on an embedded R2DBC H2 database. */
@TestPropertySource(properties = "spring.r2dbc.generate-unique-name=true")
class DuplicateStormH2Tests extends DuplicateStormContract {
}
