package com.siglume.sdrp.sample.web;

import com.siglume.sdrp.spring.checkout.SiglumeCheckoutProperties;
import org.springframework.http.HttpStatus;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Maps the checkout return URLs ({@code siglume.checkout.success-path} and {@code cancel-path},
 * {@code /checkout/success} and {@code /checkout/cancel} by default) to their static pages. The
 * shop page itself is {@code static/index.html}, served at {@code /}. Every page links
 * {@code /favicon.svg}; {@code /favicon.ico}, which browsers and tools ask for on their own,
 * redirects there.
 */
@Configuration(proxyBeanMethods = false)
public class ShopPages implements WebMvcConfigurer {

    private final SiglumeCheckoutProperties checkout;

    /**
     * Creates the mapping.
     *
     * @param checkout the checkout settings, for the return paths
     */
    public ShopPages(SiglumeCheckoutProperties checkout) {
        this.checkout = checkout;
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController(checkout.getSuccessPath()).setViewName("forward:/checkout-success.html");
        registry.addViewController(checkout.getCancelPath()).setViewName("forward:/checkout-cancel.html");
        registry.addRedirectViewController("/favicon.ico", "/favicon.svg").setStatusCode(HttpStatus.MOVED_PERMANENTLY);
    }
}
