package com.siglume.sdrp.sandbox.http;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.sandbox.SandboxException;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The one bearer-token check of the API routes. Merchant routes take the sandbox merchant token
 * and buyer routes the sandbox buyer token; the other role's token is refused with 403, any
 * other token with 401. Statement routes take any user token, since the sandbox has no user
 * accounts. A Developer Portal key ({@code cli_...}) is never a bearer token.
 */
final class BearerAuth {

    /** Code of the buyer token sent to a merchant route. */
    static final String MERCHANT_TOKEN_REQUIRED = "MERCHANT_TOKEN_REQUIRED";
    /** Code of the merchant token sent to a buyer route. */
    static final String BUYER_TOKEN_REQUIRED = "BUYER_TOKEN_REQUIRED";

    private final SiglumeSandbox sandbox;

    BearerAuth(SiglumeSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Throws a 401 (with its {@code WWW-Authenticate} set) unless the caller may call the route. */
    void check(Route.Access access, HttpExchange exchange) {
        if (access == Route.Access.OPEN || !sandbox.requiresAuth()) {
            return;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? SdrpInputs.optional(header.substring(7)) : null;
        if (token == null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            throw new SandboxException(401, "AUTHENTICATION_REQUIRED", "send Authorization: Bearer <token>");
        }
        if (SdrpInputs.isDeveloperPortalKey(token)) {
            throw invalidToken(exchange, "Developer Portal keys (cli_...) are not Siglume bearer tokens");
        }
        if (access == Route.Access.MERCHANT && !same(token, sandbox.merchantAuthToken())) {
            throw same(token, sandbox.buyerAuthToken())
                    ? new SandboxException(403, MERCHANT_TOKEN_REQUIRED,
                            "this is a merchant route: send the merchant token, not the buyer token")
                    : invalidToken(exchange, "the bearer token is not the sandbox merchant token");
        }
        if (access == Route.Access.BUYER && !same(token, sandbox.buyerAuthToken())) {
            throw same(token, sandbox.merchantAuthToken())
                    ? new SandboxException(403, BUYER_TOKEN_REQUIRED,
                            "this is a buyer route: send the buyer token, not the merchant token")
                    : invalidToken(exchange, "the bearer token is not the sandbox buyer token");
        }
    }

    /** Compares in constant time, so a token cannot be guessed from answer times. */
    private static boolean same(String token, String expected) {
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static SandboxException invalidToken(HttpExchange exchange, String message) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return new SandboxException(401, "INVALID_AUTH_TOKEN", message);
    }
}
