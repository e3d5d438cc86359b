/**
 * {@link com.siglume.sdrp.spring.listener.SiglumePaymentListener}: annotated bean methods that
 * receive classified payment events, discovered once at startup.
 */
@NullMarked
package com.siglume.sdrp.spring.listener;

import org.jspecify.annotations.NullMarked;
