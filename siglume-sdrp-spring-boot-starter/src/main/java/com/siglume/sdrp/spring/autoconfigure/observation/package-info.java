/**
 * Auto-configuration of the starter's Micrometer metrics and observations (webhook deliveries,
 * client calls).
 */
@NullMarked
package com.siglume.sdrp.spring.autoconfigure.observation;

import org.jspecify.annotations.NullMarked;
