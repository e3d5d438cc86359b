/**
 * The protocol constants ({@link com.siglume.sdrp.Sdrp}), the input rules every module shares
 * ({@link com.siglume.sdrp.SdrpInputs}), the pricing bands and the root of the SDK's exceptions.
 */
@NullMarked
package com.siglume.sdrp;

import org.jspecify.annotations.NullMarked;
