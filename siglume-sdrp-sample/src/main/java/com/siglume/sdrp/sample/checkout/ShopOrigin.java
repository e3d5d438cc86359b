package com.siglume.sdrp.sample.checkout;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.sample.ShopProperties;
import com.siglume.sdrp.sample.web.ShopPages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The origin buyers reach the shop at, and the Hosted Checkout return URLs built from it. The
 * browser never chooses these.
 */
@Component
public class ShopOrigin implements ApplicationListener<WebServerInitializedEvent> {

    private final String configuredOrigin;
    private volatile int serverPort = -1;

    /**
     * Creates the origin from {@code shop.public-origin}.
     *
     * @param properties the shop settings
     * @throws com.siglume.sdrp.SdrpValidationException when the configured origin is not https
     *         (or http on a loopback host)
     */
    public ShopOrigin(ShopProperties properties) {
        String configured = properties.publicOrigin();
        this.configuredOrigin = SdrpInputs.isPresent(configured)
                ? SdrpInputs.checkoutOrigins(List.of(configured)).get(0)
                : null;
    }

    /**
     * Remembers the application's port for the default origin. The management server, when it
     * runs on its own port, is ignored.
     *
     * @param event the web server event
     */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            serverPort = event.getWebServer().getPort();
        }
    }

    /**
     * Returns the shop's public origin.
     *
     * @return {@code shop.public-origin}, or {@code http://localhost:<port>}
     * @throws IllegalStateException when no origin is configured and the web server has not started
     */
    public String origin() {
        if (configuredOrigin != null) {
            return configuredOrigin;
        }
        int port = serverPort;
        if (port <= 0) {
            throw new IllegalStateException("The web server has not started; set shop.public-origin");
        }
        return "http://localhost:" + port;
    }

    /**
     * Returns the page Hosted Checkout sends the buyer to after paying.
     *
     * @param orderId the order id
     * @return the success URL for that order
     */
    public String successUrl(String orderId) {
        return origin() + ShopPages.SUCCESS_PATH + "?order_id=" + encode(orderId);
    }

    /**
     * Returns the page Hosted Checkout sends the buyer to when they cancel.
     *
     * @param orderId the order id
     * @return the cancel URL for that order
     */
    public String cancelUrl(String orderId) {
        return origin() + ShopPages.CANCEL_PATH + "?order_id=" + encode(orderId);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
