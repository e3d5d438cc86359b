/**
 * Spring Boot auto-configuration of the Siglume SDRP starter and its {@code siglume.*}
 * properties.
 */
package com.siglume.sdrp.spring.autoconfigure;
