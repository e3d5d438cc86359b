package com.siglume.sdrp.sample;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shop's own settings, prefix {@code shop}.
 *
 * @param publicOrigin the origin buyers reach the shop at, for the Hosted Checkout return URLs
 *        ({@code SHOP_PUBLIC_ORIGIN}); blank means {@code http://localhost:<server port>}
 * @param sandbox the embedded Siglume sandbox
 */
@ConfigurationProperties("shop")
public record ShopProperties(@Nullable String publicOrigin, @DefaultValue Sandbox sandbox) {

    /**
     * The embedded Siglume sandbox.
     *
     * @param embedded whether the shop starts a sandbox in-process and uses it as its Siglume API;
     *        {@code false} to use the {@code siglume.*} settings of a real account
     * @param port the sandbox port; 0 picks a free one; when the port is taken the sandbox falls
     *        back to a free one and logs it
     */
    public record Sandbox(@DefaultValue("true") boolean embedded, @DefaultValue("8787") int port) {
    }
}
