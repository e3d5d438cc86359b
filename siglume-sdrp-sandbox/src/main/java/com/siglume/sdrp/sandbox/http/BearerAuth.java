package com.siglume.sdrp.sandbox.http;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.sandbox.SandboxException;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The one bearer-token check of the API routes. Merchant routes take the sandbox merchant token;
 * buyer/provider routes take any user token, since the sandbox has no user accounts. A Developer
 * Portal key ({@code cli_...}) is never a bearer token.
 */
final class BearerAuth {

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
        if (access == Route.Access.MERCHANT && !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                sandbox.merchantAuthToken().getBytes(StandardCharsets.UTF_8))) {
            throw invalidToken(exchange, "the bearer token is not the sandbox merchant token");
        }
    }

    private static SandboxException invalidToken(HttpExchange exchange, String message) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return new SandboxException(401, "INVALID_AUTH_TOKEN", message);
    }
}
