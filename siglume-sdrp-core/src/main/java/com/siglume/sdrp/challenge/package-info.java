/**
 * Merchant challenges: creating and verifying one-time and recurring challenges, and the
 * challenge and request hashes a payment carries.
 */
@NullMarked
package com.siglume.sdrp.challenge;

import org.jspecify.annotations.NullMarked;
