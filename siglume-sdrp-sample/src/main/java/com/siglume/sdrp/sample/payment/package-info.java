/**
 * What the shop does with each classified, matched payment: fulfilment, the review queue and settled batches.
 */
@NullMarked
package com.siglume.sdrp.sample.payment;

import org.jspecify.annotations.NullMarked;
