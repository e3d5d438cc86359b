/**
 * Micro/Nano metered billing: the buyer's and the provider's statements, usage events and
 * settlement batches, with amounts as exact decimals.
 */
@NullMarked
package com.siglume.sdrp.client.metered;

import org.jspecify.annotations.NullMarked;
