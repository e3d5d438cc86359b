/**
 * The merchant account: setup, readiness for Hosted Checkout, challenge secret rotation and
 * billing mandates.
 */
@NullMarked
package com.siglume.sdrp.client.merchant;

import org.jspecify.annotations.NullMarked;
