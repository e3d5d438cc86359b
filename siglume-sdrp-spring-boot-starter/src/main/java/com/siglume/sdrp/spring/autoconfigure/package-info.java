/**
 * Spring Boot auto-configuration of the Siglume SDRP starter and its {@code siglume.*}
 * properties.
 */
@NullMarked
package com.siglume.sdrp.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
