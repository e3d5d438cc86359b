package com.siglume.sdrp.sandbox.boot;

import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.spring.autoconfigure.SiglumeConnectionDetails;

/**
 * The connection details of a running sandbox: its API base, merchant, tokens and secrets.
 * {@link #toString()} names the API base only.
 *
 * @param sandbox the sandbox, started
 */
public record SandboxConnectionDetails(SiglumeSandbox sandbox) implements SiglumeConnectionDetails {

    @Override
    public String apiBase() {
        return sandbox.apiBase();
    }

    @Override
    public String merchant() {
        return sandbox.merchant();
    }

    @Override
    public String merchantAuthToken() {
        return sandbox.merchantAuthToken();
    }

    @Override
    public String buyerAuthToken() {
        return sandbox.buyerAuthToken();
    }

    @Override
    public String challengeSecret() {
        return sandbox.challengeSecret();
    }

    @Override
    public String webhookSecret() {
        return sandbox.webhookSecret();
    }

    @Override
    public String toString() {
        return "SandboxConnectionDetails[" + sandbox.apiBase() + "]";
    }
}
