/**
 * Primitives shared by the SDK's modules. Not part of the public API: anything here may
 * change in any release.
 */
@NullMarked
package com.siglume.sdrp.internal;

import org.jspecify.annotations.NullMarked;
