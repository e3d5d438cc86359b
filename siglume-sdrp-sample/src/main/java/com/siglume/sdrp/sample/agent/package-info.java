/**
 * The offer an AI agent pays an order with through the Siglume API.
 */
@NullMarked
package com.siglume.sdrp.sample.agent;

import org.jspecify.annotations.NullMarked;
