/**
 * The command line's integration checks inside the application: the {@code siglume} actuator
 * endpoint and {@code siglume.verify-on-startup}.
 */
package com.siglume.sdrp.spring.actuate;
