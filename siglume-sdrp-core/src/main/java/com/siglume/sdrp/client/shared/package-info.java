/**
 * Parts of answers that several resource packages read the same way. Not part of the public
 * API: anything here may change in any release.
 */
@NullMarked
package com.siglume.sdrp.client.shared;

import org.jspecify.annotations.NullMarked;
