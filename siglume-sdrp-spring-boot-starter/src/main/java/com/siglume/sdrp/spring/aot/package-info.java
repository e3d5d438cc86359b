/**
 * Ahead-of-time processing support: the runtime hints a native image of an application with the
 * starter needs.
 */
package com.siglume.sdrp.spring.aot;
