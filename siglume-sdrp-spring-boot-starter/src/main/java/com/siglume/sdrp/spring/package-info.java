/**
 * The Siglume SDRP Spring Boot starter.
 */
package com.siglume.sdrp.spring;
