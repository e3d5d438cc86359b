/**
 * The Siglume SDRP Spring Boot starter.
 */
@NullMarked
package com.siglume.sdrp.spring;

import org.jspecify.annotations.NullMarked;
