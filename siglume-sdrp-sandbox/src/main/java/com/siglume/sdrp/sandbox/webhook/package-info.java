/** The webhook routes of the sandbox: subscriptions, deliveries, test deliveries and redelivery. Not for applications. */
package com.siglume.sdrp.sandbox.webhook;
