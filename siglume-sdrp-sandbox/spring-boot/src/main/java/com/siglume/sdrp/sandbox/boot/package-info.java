/**
 * The Siglume sandbox inside a Spring Boot test or development run: {@link
 * com.siglume.sdrp.sandbox.boot.SiglumeSandboxTest}, {@link
 * com.siglume.sdrp.sandbox.boot.SiglumeSandboxConfiguration} and the
 * {@link com.siglume.sdrp.spring.autoconfigure.SiglumeConnectionDetails} of a sandbox.
 */
@NullMarked
package com.siglume.sdrp.sandbox.boot;

import org.jspecify.annotations.NullMarked;
