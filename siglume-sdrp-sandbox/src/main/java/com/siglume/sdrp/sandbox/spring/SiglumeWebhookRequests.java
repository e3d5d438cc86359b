package com.siglume.sdrp.sandbox.spring;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.sandbox.SignedWebhook;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * MockMvc requests that deliver a signed webhook, for testing a webhook endpoint without a
 * server:
 *
 * <pre>{@code
 * SignedWebhook delivery = WebhookTestEvents.standard().withRequirementId("dpr_1").sign(secret);
 * mockMvc.perform(SiglumeWebhookRequests.signed(delivery)).andExpect(status().isOk());
 * }</pre>
 */
public final class SiglumeWebhookRequests {

    /** The starter's default webhook path. */
    public static final String DEFAULT_PATH = Sdrp.DEFAULT_WEBHOOK_PATH;

    private SiglumeWebhookRequests() {
    }

    /**
     * A {@code POST} of the delivery to {@value #DEFAULT_PATH}.
     *
     * @param webhook the signed delivery
     * @return the request builder, to customise further or perform
     * @throws SdrpValidationException when the delivery is {@code null}
     */
    public static MockHttpServletRequestBuilder signed(SignedWebhook webhook) {
        return signed(DEFAULT_PATH, webhook);
    }

    /**
     * A {@code POST} of the delivery to a path: the exact body bytes, {@code Content-Type:
     * application/json} and the {@code Siglume-Signature} header.
     *
     * @param path the webhook endpoint's path, for example {@code /siglume/webhook}
     * @param webhook the signed delivery
     * @return the request builder, to customise further or perform
     * @throws SdrpValidationException when an argument is {@code null} or blank
     */
    public static MockHttpServletRequestBuilder signed(String path, SignedWebhook webhook) {
        String target = SdrpInputs.required("path", path);
        if (webhook == null) {
            throw new SdrpValidationException("webhook", "webhook is required");
        }
        return MockMvcRequestBuilders.post(target)
                .contentType("application/json")
                .header(Sdrp.SIGNATURE_HEADER, webhook.signatureHeader())
                .content(webhook.body());
    }
}
