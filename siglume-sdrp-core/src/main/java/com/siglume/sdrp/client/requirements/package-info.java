/**
 * Payment requirements: what a buyer creates from a merchant challenge, reads and verifies
 * ({@link com.siglume.sdrp.client.requirements.PaymentRequirements}).
 */
@NullMarked
package com.siglume.sdrp.client.requirements;

import org.jspecify.annotations.NullMarked;
