/**
 * The "Pay with Siglume" endpoint that starts Hosted Checkout for a stored order.
 */
@NullMarked
package com.siglume.sdrp.sample.checkout;

import org.jspecify.annotations.NullMarked;
