package com.siglume.sdrp.spring.webhook;

/**
 * Says that this application context receives webhook deliveries and passes them to its
 * {@link SiglumeWebhookProcessor}, so its {@code @SiglumePaymentListener} methods can be called.
 *
 * <p>The starter declares one for each endpoint it serves (the servlet filter). An application
 * that passes deliveries to the processor itself, from a web stack the starter does not serve,
 * declares one too; without any, listeners stop startup because nothing could call them.
 *
 * @param path where deliveries are received, for example {@code /siglume/webhook}
 */
public record SiglumeWebhookEndpoint(String path) {
}
