/**
 * Prepared transactions: signing and submitting a payment requirement's transaction or its
 * allowance approval.
 */
@NullMarked
package com.siglume.sdrp.client.payments;

import org.jspecify.annotations.NullMarked;
