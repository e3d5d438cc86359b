/**
 * The HTTP exchange, JSON handling, paging and input checks shared by the clients. Not part
 * of the public API: anything here may change in any release.
 */
@NullMarked
package com.siglume.sdrp.client.internal;

import org.jspecify.annotations.NullMarked;
