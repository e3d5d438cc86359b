/**
 * The clients of the Siglume API: {@link com.siglume.sdrp.client.SiglumeMerchantClient} for the
 * merchant's server and {@link com.siglume.sdrp.client.SiglumePaymentClient} for buyers and
 * providers, their HTTP transport and the exceptions they throw.
 */
@NullMarked
package com.siglume.sdrp.client;

import org.jspecify.annotations.NullMarked;
