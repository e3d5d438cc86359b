/**
 * Webhook subscriptions, test deliveries and the delivery log.
 */
@NullMarked
package com.siglume.sdrp.client.webhooks;

import org.jspecify.annotations.NullMarked;
