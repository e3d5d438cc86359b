/**
 * Webhook signatures: signing, verifying a delivery against its {@code Siglume-Signature}
 * header, and the parsed event.
 */
@NullMarked
package com.siglume.sdrp.webhook;

import org.jspecify.annotations.NullMarked;
