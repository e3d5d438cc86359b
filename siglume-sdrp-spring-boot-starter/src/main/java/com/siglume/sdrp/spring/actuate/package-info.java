/**
 * The command line's integration checks inside the application: the {@code siglume} actuator
 * endpoint and {@code siglume.verify-on-startup}.
 */
@NullMarked
package com.siglume.sdrp.spring.actuate;

import org.jspecify.annotations.NullMarked;
