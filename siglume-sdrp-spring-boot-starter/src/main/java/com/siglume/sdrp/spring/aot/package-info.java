/**
 * Ahead-of-time processing support: the runtime hints a native image of an application with the
 * starter needs.
 */
@NullMarked
package com.siglume.sdrp.spring.aot;

import org.jspecify.annotations.NullMarked;
