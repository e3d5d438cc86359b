/**
 * The classifier of {@code direct_payment.confirmed} events and its sealed result types.
 */
@NullMarked
package com.siglume.sdrp.confirmation;

import org.jspecify.annotations.NullMarked;
