/**
 * Prepared transactions: executing a payment requirement as a payment or an allowance.
 */
@NullMarked
package com.siglume.sdrp.client.payments;

import org.jspecify.annotations.NullMarked;
