/**
 * Micro and Nano (metered) statements: summaries, usage events and settlement batches, for
 * buyers and providers alike.
 */
@NullMarked
package com.siglume.sdrp.client.metered;

import org.jspecify.annotations.NullMarked;
