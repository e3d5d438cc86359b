/**
 * The clients' shared machinery: the HTTP exchange, JSON handling, paths and settings. Not
 * part of the public API: anything here may change in any release.
 */
@NullMarked
package com.siglume.sdrp.client.internal;

import org.jspecify.annotations.NullMarked;
