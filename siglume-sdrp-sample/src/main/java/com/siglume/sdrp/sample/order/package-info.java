/**
 * The shop's orders: their table, their states, and the read-only endpoints the pages use.
 */
@NullMarked
package com.siglume.sdrp.sample.order;

import org.jspecify.annotations.NullMarked;
