/**
 * Direct payment requirements: the buyer's side of one payment, bound to the merchant's
 * challenge, with its prepared Web3 transaction requests and its verification.
 */
@NullMarked
package com.siglume.sdrp.client.requirements;

import org.jspecify.annotations.NullMarked;
