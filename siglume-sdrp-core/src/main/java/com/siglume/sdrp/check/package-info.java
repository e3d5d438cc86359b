/**
 * The integration checks behind the command line's {@code preflight}, {@code readiness},
 * {@code verify} and {@code doctor} and the starter's {@code siglume} actuator endpoint:
 * {@link com.siglume.sdrp.check.SiglumeChecks} runs them from
 * {@link com.siglume.sdrp.check.CheckSettings} and returns a
 * {@link com.siglume.sdrp.check.CheckReport}.
 */
@NullMarked
package com.siglume.sdrp.check;

import org.jspecify.annotations.NullMarked;
