package com.siglume.sdrp.sample.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Maps the checkout return URLs to their static pages. The shop page itself is
 * {@code static/index.html}, served at {@code /}.
 */
@Configuration(proxyBeanMethods = false)
public class ShopPages implements WebMvcConfigurer {

    /** Where Hosted Checkout sends the buyer after paying; the order id is a query parameter. */
    public static final String SUCCESS_PATH = "/checkout/success";

    /** Where Hosted Checkout sends the buyer who cancels; the order id is a query parameter. */
    public static final String CANCEL_PATH = "/checkout/cancel";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController(SUCCESS_PATH).setViewName("forward:/checkout-success.html");
        registry.addViewController(CANCEL_PATH).setViewName("forward:/checkout-cancel.html");
    }
}
