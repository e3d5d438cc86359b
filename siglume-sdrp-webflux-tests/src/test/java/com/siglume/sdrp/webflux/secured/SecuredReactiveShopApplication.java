package com.siglume.sdrp.webflux.secured;

import com.siglume.sdrp.webflux.ReactiveShopApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The reactive shop with Spring Security WebFlux and its default configuration: every request
 * needs authentication and CSRF protection is on.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ReactiveShopApplication.PaymentsListener.class)
public class SecuredReactiveShopApplication {
}
