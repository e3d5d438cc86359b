/**
 * Webhook subscriptions and deliveries as the API manages them: subscribing, listing
 * delivery attempts and queueing test deliveries.
 */
@NullMarked
package com.siglume.sdrp.client.webhooks;

import org.jspecify.annotations.NullMarked;
